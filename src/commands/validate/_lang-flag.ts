import { Flags } from '@oclif/core';

/** `--lang` of the validators: the printed summary only (the files written are the same in every language). */
export const summaryLangFlag = Flags.string({
  description:
    'language of the printed summary (en, de, fr, es, it, pl, pt, nl, or a regional tag of one such as de-CH; any other is an error); --json and --out are the same in every language',
  default: 'en',
});
