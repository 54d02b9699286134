/**
 * A deleted variable. Python unbinds the target of `except E as name:` when
 * the handler ends; reading the name afterwards raises NameError (module
 * level) or UnboundLocalError (in a function). The translation stores this
 * value instead: any use of it — printing, comparing, reading an attribute —
 * raises that error.
 */
import { NameError, UnboundLocalError } from "./exceptions.js";

/** A value whose every use raises Python's error for the unbound variable `name`. */
export function unboundName(name: string, local = false): never {
  const fail = (): never => {
    if (local) throw new UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
    throw new NameError(`name '${name}' is not defined`);
  };
  const handler: ProxyHandler<object> = {
    get: fail,
    has: fail,
    set: fail,
    ownKeys: fail,
    getPrototypeOf: fail,
    apply: fail,
  };
  return new Proxy(function unbound() {}, handler) as never;
}
