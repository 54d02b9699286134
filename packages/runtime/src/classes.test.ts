import { Exception, KeyError, LookupError, ValueError } from "./exceptions.js";
import { issubclass } from "./classes.js";

class OpsError extends Exception {}
class ConfigError extends OpsError {}

describe("issubclass", () => {
  // python3: issubclass(KeyError, LookupError) -> True; issubclass(ValueError, LookupError) -> False
  it("follows the built-in hierarchy", () => {
    expect(issubclass(KeyError, LookupError)).toBe(true);
    expect(issubclass(ValueError, LookupError)).toBe(false);
    expect(issubclass(ValueError, ValueError)).toBe(true);
  });
  it("follows user classes and tuples of classes", () => {
    expect(issubclass(ConfigError, OpsError)).toBe(true);
    expect(issubclass(OpsError, ConfigError)).toBe(false);
    expect(issubclass(ConfigError, KeyError, Exception)).toBe(true);
  });
});
