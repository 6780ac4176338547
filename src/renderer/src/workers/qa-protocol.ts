// Messages between the renderer and the QA worker.
import type { CheckContext, ConfigProblem, KeyedFinding } from '@core/qa';

export interface QaRequest {
  id: number;
  text: string;
  context: CheckContext;
  enabledIds?: readonly string[];
}

export type QaResponse =
  | { id: number; ok: true; findings: KeyedFinding[]; problems: ConfigProblem[]; elapsedMs: number }
  | { id: number; ok: false; error: string };
