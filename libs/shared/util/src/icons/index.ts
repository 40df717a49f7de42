/**
 * Material Design icons (Apache 2.0) inlined as SVG paths: nothing is fetched at run time. Shared by
 * the web app and the server-rendered public pages of the API.
 *
 * One file per icon (`@assoc/shared-util/icons/<name>`, the path data as `<camelName>Icon`) and
 * this map of them all by name (`@assoc/shared-util/icons`). The bundler places a file by which
 * entry points reach it, whatever of it they use (ADR 0022): a page of the first load imports only
 * the icons it draws (`<assoc-svg-icon [path]="storeIcon" />`), never this map, so the first load
 * carries those few paths and not all of them (ADR 0036). Material's icon registry, loaded with the
 * logged-in pages, registers this map.
 */
import { shareIcon } from './share';
import { menuIcon } from './menu';
import { logoutIcon } from './logout';
import { accountIcon } from './account';
import { searchIcon } from './search';
import { addIcon } from './add';
import { closeIcon } from './close';
import { deleteIcon } from './delete';
import { storeIcon } from './store';
import { groupIcon } from './group';
import { tuneIcon } from './tune';
import { mailIcon } from './mail';
import { phoneIcon } from './phone';
import { languageIcon } from './language';
import { placeIcon } from './place';
import { scheduleIcon } from './schedule';
import { linkIcon } from './link';
import { sendIcon } from './send';
import { personAddIcon } from './person-add';
import { uploadIcon } from './upload';
import { projectsIcon } from './projects';
import { downloadIcon } from './download';
import { undoIcon } from './undo';
import { backIcon } from './back';
import { swapIcon } from './swap';
import { expandMoreIcon } from './expand-more';
import { checkIcon } from './check';
import { inboxIcon } from './inbox';
import { businessIcon } from './business';
import { editIcon } from './edit';
import { refreshIcon } from './refresh';
import { visibilityIcon } from './visibility';
import { visibilityOffIcon } from './visibility-off';
import { notificationsIcon } from './notifications';
import { doneAllIcon } from './done-all';
import { forumIcon } from './forum';
import { pushPinIcon } from './push-pin';
import { moreVertIcon } from './more-vert';
import { imageIcon } from './image';
import { commentIcon } from './comment';
import { replyIcon } from './reply';
import { labelIcon } from './label';
import { archiveIcon } from './archive';
import { loyaltyIcon } from './loyalty';
import { insightsIcon } from './insights';
import { widgetsIcon } from './widgets';
import { calendarIcon } from './calendar';
import { chevronLeftIcon } from './chevron-left';
import { chevronRightIcon } from './chevron-right';
import { copyIcon } from './copy';

export const ICON_PATHS: Readonly<Record<string, string>> = {
  share: shareIcon,
  menu: menuIcon,
  logout: logoutIcon,
  account: accountIcon,
  search: searchIcon,
  add: addIcon,
  close: closeIcon,
  delete: deleteIcon,
  store: storeIcon,
  group: groupIcon,
  tune: tuneIcon,
  mail: mailIcon,
  phone: phoneIcon,
  language: languageIcon,
  place: placeIcon,
  schedule: scheduleIcon,
  link: linkIcon,
  send: sendIcon,
  'person-add': personAddIcon,
  upload: uploadIcon,
  projects: projectsIcon,
  download: downloadIcon,
  undo: undoIcon,
  back: backIcon,
  swap: swapIcon,
  'expand-more': expandMoreIcon,
  check: checkIcon,
  inbox: inboxIcon,
  business: businessIcon,
  edit: editIcon,
  refresh: refreshIcon,
  visibility: visibilityIcon,
  'visibility-off': visibilityOffIcon,
  notifications: notificationsIcon,
  'done-all': doneAllIcon,
  forum: forumIcon,
  'push-pin': pushPinIcon,
  'more-vert': moreVertIcon,
  image: imageIcon,
  comment: commentIcon,
  reply: replyIcon,
  label: labelIcon,
  archive: archiveIcon,
  loyalty: loyaltyIcon,
  insights: insightsIcon,
  widgets: widgetsIcon,
  calendar: calendarIcon,
  'chevron-left': chevronLeftIcon,
  'chevron-right': chevronRightIcon,
  copy: copyIcon,
};
