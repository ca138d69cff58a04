/**
 * The teacher's guide's plan: a 50-minute lesson keyed to the guided tour's stops (by name, as in
 * `?tour=why-it-fades`) and to the presets. The times are a suggestion; every number the guide states comes
 * from the runs (TeachersGuide.tsx), not from here.
 */
import type { TourStopId } from '../../content/tourStopIds';
import type { PresetId } from '../../state/presets';

export interface PlanRow {
  /** Minutes from the start of the lesson. */
  from: number;
  to: number;
  title: string;
  /** What the class does, in the teacher's words. */
  activity: string;
  /** The tour stops this part walks through. */
  stops: TourStopId[];
  /** The preset it is about. */
  preset: PresetId;
}

export const LESSON_MINUTES = 50;

export const PLAN: readonly PlanRow[] = [
  {
    from: 0,
    to: 5,
    title: 'One network, used again and again',
    stops: ['one-network', 'one-step'],
    preset: 'vanilla',
    activity:
      'Project the tour’s first stops. Ask the class to predict whether the same word gives the same memory twice, then reveal.',
  },
  {
    from: 5,
    to: 10,
    title: 'The memory is a short vector',
    stops: ['memory-vector'],
    preset: 'vanilla',
    activity:
      'Everyone predicts how many numbers the memory holds after the whole sentence; discuss why a fixed size forces the network to choose.',
  },
  {
    from: 10,
    to: 20,
    title: 'Forgetting, answers and loss, and why it fades',
    stops: ['forgetting', 'output-and-loss', 'why-it-fades'],
    preset: 'long',
    activity:
      'The swap-the-first-word chart on the 64-word sentence: predict how much of “Alice” the vanilla RNN keeps. Then what a network answers and what a loss is (predict the loss of half the probability), before level 2’s gradient chart.',
  },
  {
    from: 20,
    to: 25,
    title: 'Or it explodes',
    stops: ['explodes'],
    preset: 'exploding',
    activity:
      'A short sentence, recurrent weights ×3 and ReLU: predict shrink or grow. Connect it to exploding gradients and gradient clipping.',
  },
  {
    from: 25,
    to: 35,
    title: 'Gates: the LSTM and the GRU',
    stops: ['lstm-gates', 'cell-state-lane', 'gru'],
    preset: 'long',
    activity:
      'The LSTM at forget bias 0, then 4, then the GRU. Stress that the result depends on the bias, a knob: gates alone do not remember.',
  },
  {
    from: 35,
    to: 42,
    title: 'What training changes',
    stops: ['training'],
    preset: 'long',
    activity:
      'Switch to trained weights: the same cells with new weights, and their readouts name “Alice” at the last word. Ask what the training had to find, and why the swap test and the readout can disagree at earlier words.',
  },
  {
    from: 42,
    to: 48,
    title: 'Train them yourself',
    stops: ['train-yourself'],
    preset: 'long',
    activity:
      'In pairs, start a race in the training lab (the page shows how long it will take before Train) and compare which cell solves the task first.',
  },
  {
    from: 48,
    to: 50,
    title: 'Exit ticket',
    stops: [],
    preset: 'long',
    activity: 'The worksheet’s last question, answered in one sentence.',
  },
];
