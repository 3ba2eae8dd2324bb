// Every migration, in order. Listed explicitly so that the compiled app, the CLI and tests load
// the same set without file globs.
import { Foundation1764043200000 } from './1764043200000-Foundation.js';
import { Forum1764043300000 } from './1764043300000-Forum.js';
import { Moderation1764043400000 } from './1764043400000-Moderation.js';
import { Webcare1764043500000 } from './1764043500000-Webcare.js';
import { Knowledge1764043600000 } from './1764043600000-Knowledge.js';
import { Notifications1764043700000 } from './1764043700000-Notifications.js';
import { Analytics1764043800000 } from './1764043800000-Analytics.js';
import { AnalyticsBreakdowns1764043900000 } from './1764043900000-AnalyticsBreakdowns.js';
import { SearchSpeed1764045000000 } from './1764045000000-SearchSpeed.js';
import { OutboxFailures1764045100000 } from './1764045100000-OutboxFailures.js';
import { AnalyticsResponseTimes1764045200000 } from './1764045200000-AnalyticsResponseTimes.js';
import { SimilarTermStats1764046000000 } from './1764046000000-SimilarTermStats.js';
import { TypoDistance1764046100000 } from './1764046100000-TypoDistance.js';

export const MIGRATIONS = [
  Foundation1764043200000, Forum1764043300000, Moderation1764043400000, Webcare1764043500000, Knowledge1764043600000, Notifications1764043700000, Analytics1764043800000,
  AnalyticsBreakdowns1764043900000, SearchSpeed1764045000000, OutboxFailures1764045100000, AnalyticsResponseTimes1764045200000, SimilarTermStats1764046000000,
  TypoDistance1764046100000,
];
