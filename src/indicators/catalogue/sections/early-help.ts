import type { Indicator } from '../../indicator.ts';
import { earlyHelpLeadProfessional } from '../early-help-lead-professional.ts';
import { earlyHelpOpen } from '../early-help-open.ts';
import { earlyHelpStarted } from '../early-help-started.ts';
import { earlyHelpStepUp } from '../early-help-step-up.ts';

/** The catalogue's section, in its order. */
export const EARLY_HELP: readonly Indicator[] = [
  earlyHelpOpen,
  earlyHelpStarted,
  earlyHelpStepUp,
  earlyHelpLeadProfessional,
];
