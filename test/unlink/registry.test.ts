import { expect, it } from "vitest";
import { LINK_STEP_IDS, UNLINK_STEP_IDS } from "../../src/steps/registry.js";

it("the unlink steps are the link steps, reversed", () => {
  expect([...UNLINK_STEP_IDS]).toEqual([...LINK_STEP_IDS].reverse().map((id) => `unlink-${id}`));
});
