/** The zoned date-time helpers now live in shared-util (cashmobs use them too). */
export { isoToZonedLocal, nowZonedLocal, zonedLocalToIso } from '@assoc/shared-util';
