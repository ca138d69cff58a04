/** Texts the observatory offers besides held-out lodash source: ours, written for it. */
export const OBSERVATORY_SAMPLES: { id: string; label: string; text: string }[] = [
  {
    id: 'strings',
    label: 'A function with strings and brackets',
    text: `function greet(names, options) {
  // Say hello to everyone, in order.
  var sep = options.separator || ', ';
  var words = ['Hello', 'and welcome'];
  return words[0] + ' ' + names.join(sep) + "! (" + names.length + ' guests)';
}
`,
  },
  {
    id: 'prose',
    label: 'English prose (not what it was trained on)',
    text: `A recurrent network reads one character at a time and keeps a small memory of what it has seen. Trained on code, it learns when a quote is open, how deep the brackets go, and where a line ends.
`,
  },
];
