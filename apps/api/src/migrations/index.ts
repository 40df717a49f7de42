import { Foundation1795331041416 } from './1795331041416-foundation';
import { Notifications1795332995371 } from './1795332995371-notifications';
import { NotificationDelivery1795333415815 } from './1795333415815-notification-delivery';
import { Network1795333472698 } from './1795333472698-network';
import { Projects1795336002161 } from './1795336002161-projects';
import { ProjectTasks1796107170656 } from './1796107170656-project-tasks';
import { Cashmobs1796200000000 } from './1796200000000-cashmobs';
import { Promotions1796300000000 } from './1796300000000-promotions';
import { Calendar1796400000000 } from './1796400000000-calendar';
import { MailAttachments1796500000000 } from './1796500000000-mail-attachments';
import { ImpactIndexes1796600000000 } from './1796600000000-impact-indexes';
import { Widgets1796700000000 } from './1796700000000-widgets';

/** Every migration, in order. The API runs them at start; tests build their databases with them. */
export const MIGRATIONS = [Foundation1795331041416, Notifications1795332995371, NotificationDelivery1795333415815, Network1795333472698, Projects1795336002161, ProjectTasks1796107170656, Cashmobs1796200000000, Promotions1796300000000, Calendar1796400000000, MailAttachments1796500000000, ImpactIndexes1796600000000, Widgets1796700000000];
