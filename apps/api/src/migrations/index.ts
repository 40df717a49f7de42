import { Foundation1795331041416 } from './1795331211000-foundation';
import { Notifications1795332995371 } from './1795333038000-notifications';
import { NotificationDelivery1795333415815 } from './1795334835000-notification-delivery';
import { Network1795333472698 } from './1795334835001-network';
import { Projects1795336002161 } from './1795338152000-projects';
import { ProjectTasks1796107170656 } from './1796108561000-project-tasks';
import { Cashmobs1796200000000 } from './1796108561001-cashmobs';
import { Promotions1796300000000 } from './1796113551000-promotions';
import { Calendar1796400000000 } from './1796113551001-calendar';
import { MailAttachments1796500000000 } from './1796113551002-mail-attachments';
import { ImpactIndexes1796600000000 } from './1796124577000-impact-indexes';
import { Widgets1796700000000 } from './1796169857000-widgets';
import { MailLease1796700900000 } from './1796425900000-mail-lease';
import { CashmobRemindersStop1796701240000 } from './1796701240000-cashmob-reminders-stop';
import { SearchVectors1796703000000 } from './1796703000000-search-vectors';
import { DirectoryEntries1796704000000 } from './1796704000000-directory-entries';
import { RateLimitsUnlogged1796705000000 } from './1796505768140-rate-limits-unlogged';
import { PublicReadIndexes1796706000000 } from './1796506923039-public-read-indexes';
import { ProjectOverpaymentLimit1796716500000 } from './1796716500000-project-overpayment-limit';
import { SecondSignature1796718400000 } from './1796508643604-second-signature';
import { SecondSignatureNotification1796718400001 } from './1796509571932-second-signature-notification';
import { Onboarding1796720300000 } from './1796510855790-onboarding';
import { ConstraintNames1796700000001 } from './1796416100808-constraint-names';
import { RateLimits1796700500000 } from './1796425300000-rate-limits';
import { SignUpConfirmation1796700600000 } from './1796425600000-sign-up-confirmation';
import { MailHeaders1796700020822 } from './1796425020822-mail-headers';
import { Account1796720400000 } from './1796720400000-account';
import { AccountClosing1796720800000 } from './1796720800000-account-closing';
import { AssociationClosing1796720800001 } from './1796720800001-association-closing';
import { Treasury1796720900000 } from './1796720900000-treasury';
import { Customers1796721000000 } from './1796721000000-customers';
import { Loyalty1796721100000 } from './1796721100000-loyalty';
import { Community1796721200000 } from './1796721200000-community';
import { TreasuryClosings1796721300000 } from './1796721300000-treasury-closings';
import { CalendarPeriods1796722000000 } from './1796722000000-calendar-periods';
import { SearchBounded1796723000000 } from './1796723000000-search-bounded';
import { NetworkDailyCounts1796724000000 } from './1796724000000-network-daily-counts';
import { PromotionsDailyCounts1796724000001 } from './1796724000001-promotions-daily-counts';
import { MembershipDailyCounts1796724000002 } from './1796724000002-membership-daily-counts';
import { SearchPerAssociation1796725000000 } from './1796725000000-search-per-association';
import { PromotionsShopDailyCounts1796725100000 } from './1796725100000-promotions-shop-daily-counts';
import { MembershipActivityYears1796725200000 } from './1796725200000-membership-activity-years';
import { MembershipActivitySets1796725400000 } from './1796725400000-membership-activity-sets';
import { SecondFactor1796720500000 } from './1796720500000-second-factor';
import { DataExports1796720600000 } from './1796720600000-data-exports';
import { DataExportAttempts1796720600001 } from './1796720600001-data-export-attempts';

/**
 * Every migration, in order. The API runs them at start; tests build their databases with them.
 *
 * File names start with the time each file was created (up to Widgets, the time of the commit that added
 * it, ties 1 ms apart to keep the order; later ones, the time migration:generate wrote them).
 * Class names and their `name` keep their historical timestamps (some invented, e.g. 1796700000000):
 * existing databases record those names in the `migrations` table and would run a renamed one again.
 * TypeORM orders migrations by the timestamp in the class name, not by this list, so a new migration's
 * class timestamp must be above the last one here (migrations-match-entities.integration-spec checks it).
 */
export const MIGRATIONS = [
  Foundation1795331041416,
  Notifications1795332995371,
  NotificationDelivery1795333415815,
  Network1795333472698,
  Projects1795336002161,
  ProjectTasks1796107170656,
  Cashmobs1796200000000,
  Promotions1796300000000,
  Calendar1796400000000,
  MailAttachments1796500000000,
  ImpactIndexes1796600000000,
  Widgets1796700000000,
  ConstraintNames1796700000001,
  MailHeaders1796700020822,
  RateLimits1796700500000,
  SignUpConfirmation1796700600000,
  MailLease1796700900000,
  CashmobRemindersStop1796701240000,
  SearchVectors1796703000000,
  DirectoryEntries1796704000000,
  RateLimitsUnlogged1796705000000,
  PublicReadIndexes1796706000000,
  ProjectOverpaymentLimit1796716500000,
  SecondSignature1796718400000,
  SecondSignatureNotification1796718400001,
  Onboarding1796720300000,
  Account1796720400000,
  SecondFactor1796720500000,
  DataExports1796720600000,
  DataExportAttempts1796720600001,
  AccountClosing1796720800000,
  AssociationClosing1796720800001,
  Treasury1796720900000,
  Customers1796721000000,
  Loyalty1796721100000,
  Community1796721200000,
  TreasuryClosings1796721300000,
  CalendarPeriods1796722000000,
  SearchBounded1796723000000,
  NetworkDailyCounts1796724000000,
  PromotionsDailyCounts1796724000001,
  MembershipDailyCounts1796724000002,
  SearchPerAssociation1796725000000,
  PromotionsShopDailyCounts1796725100000,
  MembershipActivityYears1796725200000,
  MembershipActivitySets1796725400000,
];
