import type { Indicator } from '../../indicator.ts';
import { contacts } from '../contacts.ts';
import { contactsToReferralPct } from '../contacts-to-referral-pct.ts';
import { openCases } from '../open-cases.ts';
import { reReferrals12mPct } from '../re-referrals-12m-pct.ts';
import { referrals } from '../referrals.ts';
import { referralsNfaPct } from '../referrals-nfa-pct.ts';
import { referralsRateFytd } from '../referrals-rate-fytd.ts';

/** The catalogue's section, in its order. */
export const FRONT_DOOR: readonly Indicator[] = [
  contacts,
  contactsToReferralPct,
  referrals,
  referralsRateFytd,
  reReferrals12mPct,
  referralsNfaPct,
  openCases,
];
