import type { CellKind } from './cells/vocabulary';

export type { CellKind } from './cells/vocabulary';

export interface ModelSpec {
  cell: CellKind;
  inputSize: number;
  hiddenSize: number;
  numLayers: number;
  bidirectional: boolean;
}

/**
 * Parameters of one (layer, direction) stream, row-major, exactly PyTorch's layout:
 * wIh is (G*H x in), wHh is (G*H x H), biases are (G*H).
 */
export interface StreamParams {
  wIh: Float64Array;
  wHh: Float64Array;
  bIh: Float64Array;
  bHh: Float64Array;
}

export interface StreamId {
  /** PyTorch's parameter suffix: `l0`, `l0_reverse`, `l1`, ... */
  key: string;
  layer: number;
  reverse: boolean;
  /** Input width of this stream: inputSize for layer 0, D*H above. */
  inSize: number;
}

export interface Model {
  spec: ModelSpec;
  /** Streams in PyTorch's order: layer-major, forward before reverse. */
  streams: StreamId[];
  params: Record<string, StreamParams>;
}

/** One stream's forward pass. Every per-time array is indexed by time (row t is step t+1). */
export interface StreamTrace {
  id: StreamId;
  T: number;
  H: number;
  G: number;
  /** T x inSize: what the stream read at each time. */
  input: Float64Array;
  /** T x G*H: W_ih x_t + b_ih. */
  ih: Float64Array;
  /** T x G*H: W_hh h_prev + b_hh (GRU's n block of this is `hn`). */
  hh: Float64Array;
  /**
   * T x G*H activations: RNN the pre-activation (argument of the nonlinearity),
   * LSTM i,f,g,o, GRU r,z,n.
   */
  gates: Float64Array;
  /** T x H hidden states. */
  h: Float64Array;
  /** T x H cell states (LSTM only). */
  c: Float64Array | null;
  h0: Float64Array;
  c0: Float64Array | null;
}

export interface Trace {
  model: Model;
  T: number;
  /** T x inputSize. */
  x: Float64Array;
  /** One entry per layer: T x D*H, the layer's output ([forward, reverse] concatenated). */
  layerOutputs: Float64Array[];
  /** LSTM only: per layer, T x D*H cell states. */
  layerCells: Float64Array[] | null;
  /** Keyed by stream key. */
  streams: Record<string, StreamTrace>;
}

export interface StreamGradients {
  /** T x H: total derivative of the loss w.r.t. h_t (through all later steps and layers). */
  h: Float64Array;
  /** T x H: LSTM total derivative w.r.t. c_t. */
  c: Float64Array | null;
  h0: Float64Array;
  c0: Float64Array | null;
  params: StreamParams;
}

export interface Gradients {
  loss: number;
  /** T x inputSize. */
  x: Float64Array;
  streams: Record<string, StreamGradients>;
}
