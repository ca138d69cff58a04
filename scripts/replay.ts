/**
 * npm run --silent replay -- FILE.json
 * Reads a reference run (schema: tests/fixtures/README.md) or a training run
 * (tests/fixtures/training/README.md), keeps only its inputs, recomputes every output field with
 * the engine or the training core and prints one JSON object of the same schema to stdout.
 */
import { readFileSync } from 'node:fs';
import { EngineError } from '../src/engine/errors';
import { buildReferenceRun, parseRunInputs } from '../src/engine/pytorchFormat';
import {
  isTrainingCase,
  parseTrainingCase,
  replayTrainingCase,
  trainingInputsOnly,
} from '../src/train/fixtureReplay';

function main(argv: string[]): number {
  const file = argv.find((a) => a !== '--');
  if (!file) {
    process.stderr.write('usage: npm run --silent replay -- FILE.json\n');
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    process.stderr.write(`replay: cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    if (isTrainingCase(raw)) {
      // Only the inputs are read: outputs present in the file are dropped before replaying.
      process.stdout.write(
        JSON.stringify(
          replayTrainingCase(parseTrainingCase(trainingInputsOnly(raw as Record<string, unknown>))),
        ) + '\n',
      );
    } else {
      process.stdout.write(JSON.stringify(buildReferenceRun(parseRunInputs(raw))) + '\n');
    }
    return 0;
  } catch (e) {
    if (e instanceof EngineError) {
      process.stderr.write(`replay: ${file}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
