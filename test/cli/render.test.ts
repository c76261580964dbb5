// The text form of a plan, on a plan whose first step is already in place.
import { describe, expect, it } from "vitest";
import { renderPlan } from "../../src/cli/render.js";
import type { Plan, Step } from "../../src/plan/types.js";

const step = (id: string, number: number): Step => ({
  id,
  number,
  total: 3,
  account: "shared",
  layers: ["shared/us-east-1/k8s-eks/k8s-components"],
  title: `[${number}/3] ${id}`,
  body: "",
  apply: ["leverage tf apply"],
  files: [{ path: `shared/${id}.tf`, action: "create", content: "x\n" }],
});

describe("renderPlan", () => {
  it("numbers each header by the step's own number, not by its position among the steps left", () => {
    const plan: Plan = {
      linkId: "demo",
      steps: [step("target-role", 2), step("argocd", 3)],
      upToDate: ["source-role"],
      notes: [],
    };
    const headers = renderPlan(plan, false)
      .split("\n")
      .filter((line) => line.startsWith("=="));
    expect(headers).toEqual(["== 2. [2/3] target-role", "== 3. [3/3] argocd"]);
  });
});
