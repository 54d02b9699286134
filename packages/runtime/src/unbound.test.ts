import { NameError, UnboundLocalError } from "./exceptions.js";
import { str } from "./repr.js";
import { unboundName } from "./unbound.js";

describe("unboundName", () => {
  // python3: e = 1; try: raise ValueError() / except ValueError as e: pass; print(e) -> NameError: name 'e' is not defined
  it("raises NameError when printed", () => {
    const e: unknown = unboundName("e");
    expect(() => str(e)).toThrow(NameError);
    expect(() => str(e)).toThrow("name 'e' is not defined");
  });
  // python3 (in a function): UnboundLocalError: cannot access local variable 'e' where it is not associated with a value
  it("raises UnboundLocalError for locals", () => {
    const e: unknown = unboundName("e", true);
    expect(() => `${String(e)}`).toThrow(UnboundLocalError);
  });
});
