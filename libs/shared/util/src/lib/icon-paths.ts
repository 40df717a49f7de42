// The icons' map for the API's public pages, which import it from the barrel: the icons live in
// `src/icons` (one file each, `@assoc/shared-util/icons`). The web app's first load must not import
// this barrel, or every icon lands in it (ADR 0036).
export { ICON_PATHS } from '../icons';
