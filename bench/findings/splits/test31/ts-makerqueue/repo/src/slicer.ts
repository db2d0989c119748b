import { exec } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(exec);

export interface SliceOptions {
  layerHeight: string;
  infill: number;
  supports: boolean;
}

// Slices a model with PrusaSlicer and returns the path of the G-code.
export async function slice(modelPath: string, opts: SliceOptions): Promise<string> {
  const layer = opts.layerHeight;
  const infill = Math.min(100, Math.max(0, Math.round(opts.infill)));
  const out = path.join(tmpdir(), `${path.basename(modelPath)}.gcode`);
  await run(`prusa-slicer --export-gcode --layer-height ${layer} --fill-density ${infill}% ${opts.supports ? "--support-material" : ""} -o ${out} ${modelPath}`);
  return out;
}
