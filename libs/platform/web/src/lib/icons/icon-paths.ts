// The icons moved to shared-util (the API's server-rendered public pages draw them too).
export { ICON_PATHS } from '@assoc/shared-util';
