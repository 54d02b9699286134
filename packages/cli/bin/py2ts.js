#!/usr/bin/env node
"use strict";
require("../dist/main.js").cli(process.argv.slice(2));
