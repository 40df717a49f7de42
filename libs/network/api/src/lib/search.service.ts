import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  highlightToHtml,
  SEARCH_RANKED_MATCHES,
  searchTerms,
  seesOnlyOpenTopics,
} from '@assoc/network-domain';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { DataSource } from 'typeorm';
import { SearchResultModel, SearchResultType } from './search-result.model';

/**
 * The text search configuration and functions are created by the network migration:
 * `public.french_unaccent` is the `french` configuration with the `unaccent` dictionary before the
 * French stemmer (accents, case, plural and conjugation do not matter, and ts_headline can mark the
 * words of the original, accented text); `network_search_text(text)` shows mention tokens as @Name;
 * `network_search_vector(text)` is the immutable document stored in posts' and comments'
 * `searchVector` (a trigger sets it; GIN indexes posts_search and comments_search), and
 * `network_member_search` holds each active member's title, document and vector (see migrations
 * SearchVectors and SearchBounded; the GIN indexes are written without a pending list).
 */
const CONFIG = `'public.french_unaccent'::regconfig`;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=15, ShortWord=2`;

interface Row {
  id: string;
  postId: string | null;
  membershipId: string;
  title: string;
  createdAt: Date | null;
  rank: number;
  headline: string;
}

/** Search across the posts, comments and directory of the caller's association. */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(member: CurrentMember, text: string, first: number): Promise<SearchResultModel[]> {
    if (!text.trim()) throw AppError.field('query', 'isNotEmpty');
    const terms = searchTerms(text);
    const [{ query }]: { query: string | null }[] = terms.length
      ? await this.dataSource.query(TSQUERY_SQL, [JSON.stringify(terms)])
      : [{ query: null }];
    // Only stop words ("le", "de"…): nothing to look for.
    if (!query) return [];
    const params = [member.associationId, query, HEADLINE_OPTIONS, seesOnlyOpenTopics(member.role), first];
    const [posts, comments, members] = await Promise.all([
      this.rows(POSTS_SQL, params),
      this.rows(COMMENTS_SQL, params),
      this.rows(MEMBERS_SQL, params),
    ]);
    const tagged = [
      ...posts.map((r) => [SearchResultType.POST, r] as const),
      ...comments.map((r) => [SearchResultType.COMMENT, r] as const),
      ...members.map((r) => [SearchResultType.MEMBER, r] as const),
    ];
    return tagged
      .sort(([, a], [, b]) => b.rank - a.rank || (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0))
      .slice(0, first)
      .map(([type, r]) => ({
        type,
        id: r.id,
        postId: r.postId,
        membershipId: r.membershipId,
        title: r.title,
        createdAt: r.createdAt,
        rank: Number(r.rank),
        snippet: highlightToHtml(r.headline),
      }));
  }

  private rows(sql: string, params: unknown[]): Promise<Row[]> {
    return this.dataSource.query(sql, params);
  }
}

/**
 * Every word must match (AND), through any of its variants (OR), each stemmed by the database:
 * [["organisons","organiser"],["fete"]] → ('organison' | 'organis') & 'fet'. Stop words drop out.
 */
const TSQUERY_SQL = `
SELECT string_agg('(' || alternatives || ')', ' & ') AS query
FROM (
  SELECT (SELECT string_agg(DISTINCT nullif(plainto_tsquery(${CONFIG}, v)::text, ''), ' | ') FROM jsonb_array_elements_text(w.value) v) AS alternatives
  FROM jsonb_array_elements($1::jsonb) w
) words
WHERE alternatives IS NOT NULL`;

const QUERY = `$2::tsquery`;

/**
 * Each part ranks a bounded candidate set (ADR 0038): its SEARCH_RANKED_MATCHES first visible
 * matches in the part's own order (posts and comments newest first, members by title), all of them
 * when there are fewer. Two ways lead to the same set, and the cheaper one runs:
 * - `found`: at most FOUND + 1 matches through the GIN index, in no order; when that is all of them
 *   (a rare word), the candidates are the first of these;
 * - otherwise (a common word), the part's ordered index is walked from the start, testing the stored
 *   vector on each row (`coalesce` keeps the planner off the GIN index there) until enough match:
 *   with more than FOUND matches, that stops early.
 * Only the candidates are ranked (ts_rank over the stored vector), and only the rows returned are
 * joined to their author's name and highlighted.
 */
const FOUND = 2 * SEARCH_RANKED_MATCHES;

/** The candidates from `found` when it holds every match, else from `walk` (already ordered and cut). */
function candidates(visible: (alias: string) => string, order: string, walk: string): string {
  return `candidates AS (
  SELECT * FROM (SELECT * FROM found f WHERE ${visible('f')} ORDER BY ${order} LIMIT ${SEARCH_RANKED_MATCHES}) few
  WHERE (SELECT count(*) FROM found) <= ${FOUND}
  UNION ALL
  SELECT * FROM (${walk}) many
  WHERE (SELECT count(*) FROM found) > ${FOUND}
)`;
}

/** A post the caller may see (not deleted nor hidden; for a consultant, in a topic open to consultants). */
const visiblePost = (p: string) =>
  `${p}."deletedAt" IS NULL AND ${p}."hiddenAt" IS NULL
    AND (NOT $4::boolean OR coalesce((SELECT t."openToConsultants" FROM topics t WHERE t."id" = ${p}."topicId"), FALSE))`;

const POST_COLUMNS = (p: string) =>
  `${p}."id", ${p}."authorMembershipId", ${p}."topicId", ${p}."deletedAt", ${p}."hiddenAt", ${p}."text", ${p}."createdAt", ${p}."searchVector"`;

const POSTS_SQL = `
WITH found AS MATERIALIZED (
  SELECT ${POST_COLUMNS('p')} FROM posts p
  WHERE p."associationId" = $1 AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL AND p."searchVector" @@ ${QUERY}
  LIMIT ${FOUND + 1}
), ${candidates(
  visiblePost,
  `"createdAt" DESC, "id" DESC`,
  `
    SELECT ${POST_COLUMNS('p')} FROM posts p
    WHERE p."associationId" = $1 AND coalesce(p."searchVector" @@ ${QUERY}, false) AND ${visiblePost('p')}
    ORDER BY p."createdAt" DESC, p."id" DESC LIMIT ${SEARCH_RANKED_MATCHES}`,
)},
hits AS (
  SELECT c."id", c."authorMembershipId", c."text", c."createdAt", ts_rank(c."searchVector", ${QUERY}) AS "rank"
  FROM candidates c
  ORDER BY "rank" DESC, c."createdAt" DESC
  LIMIT $5
)
SELECT h."id", h."id" AS "postId", h."authorMembershipId" AS "membershipId", u."name" AS "title", h."createdAt", h."rank",
       ts_headline(${CONFIG}, network_search_text(h."text"), ${QUERY}, $3) AS "headline"
FROM hits h
JOIN memberships m ON m."id" = h."authorMembershipId"
JOIN users u ON u."id" = m."userId"
ORDER BY h."rank" DESC, h."createdAt" DESC`;

/**
 * A comment the caller may see: its post visible, its parent (for a reply) neither deleted nor hidden.
 * The parent is read by its key for each candidate (a scalar subquery: an EXISTS under OR became a
 * hashed subplan reading every comment once).
 */
const visibleComment = (c: string) =>
  `${c}."deletedAt" IS NULL AND ${c}."hiddenAt" IS NULL
    AND EXISTS (SELECT FROM posts p WHERE p."id" = ${c}."postId" AND ${visiblePost('p')})
    AND coalesce((SELECT parent."deletedAt" IS NULL AND parent."hiddenAt" IS NULL FROM comments parent WHERE parent."id" = ${c}."parentId"), TRUE)`;

const COMMENT_COLUMNS = (c: string) =>
  `${c}."id", ${c}."postId", ${c}."parentId", ${c}."authorMembershipId", ${c}."deletedAt", ${c}."hiddenAt", ${c}."text", ${c}."createdAt", ${c}."searchVector"`;

const COMMENTS_SQL = `
WITH found AS MATERIALIZED (
  SELECT ${COMMENT_COLUMNS('c')} FROM comments c
  WHERE c."associationId" = $1 AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL AND c."searchVector" @@ ${QUERY}
  LIMIT ${FOUND + 1}
), ${candidates(
  visibleComment,
  `"createdAt" DESC, "id" DESC`,
  `
    SELECT ${COMMENT_COLUMNS('c')} FROM comments c
    WHERE c."associationId" = $1 AND coalesce(c."searchVector" @@ ${QUERY}, false) AND ${visibleComment('c')}
    ORDER BY c."createdAt" DESC, c."id" DESC LIMIT ${SEARCH_RANKED_MATCHES}`,
)},
hits AS (
  SELECT c."id", c."postId", c."authorMembershipId", c."text", c."createdAt", ts_rank(c."searchVector", ${QUERY}) AS "rank"
  FROM candidates c
  ORDER BY "rank" DESC, c."createdAt" DESC
  LIMIT $5
)
SELECT h."id", h."postId", h."authorMembershipId" AS "membershipId", u."name" AS "title", h."createdAt", h."rank",
       ts_headline(${CONFIG}, network_search_text(h."text"), ${QUERY}, $3) AS "headline"
FROM hits h
JOIN memberships m ON m."id" = h."authorMembershipId"
JOIN users u ON u."id" = m."userId"
ORDER BY h."rank" DESC, h."createdAt" DESC`;

/**
 * The directory: active members by shop name, person name, town and description, from
 * network_member_search (the title, document and vector, kept by triggers; a removed membership has
 * no row). Candidates in alphabetical order of the title (index network_member_search_by_title).
 * `$4` (consultant) changes nothing here: everyone sees the directory.
 */
const MEMBER_COLUMNS = (ms: string) => `${ms}."membershipId", ${ms}."title", ${ms}."document", ${ms}."vector"`;

const MEMBERS_SQL = `
WITH found AS MATERIALIZED (
  SELECT ${MEMBER_COLUMNS('ms')} FROM network_member_search ms
  WHERE ms."associationId" = $1 AND $4::boolean IS NOT NULL AND ms."vector" @@ ${QUERY}
  LIMIT ${FOUND + 1}
), ${candidates(
  () => 'TRUE',
  `"title", "membershipId"`,
  `
    SELECT ${MEMBER_COLUMNS('ms')} FROM network_member_search ms
    WHERE ms."associationId" = $1 AND coalesce(ms."vector" @@ ${QUERY}, false)
    ORDER BY ms."title", ms."membershipId" LIMIT ${SEARCH_RANKED_MATCHES}`,
)},
hits AS (
  SELECT c."membershipId", c."title", c."document", ts_rank(c."vector", ${QUERY}) AS "rank"
  FROM candidates c
  ORDER BY "rank" DESC, c."title", c."membershipId"
  LIMIT $5
)
SELECT h."membershipId" AS "id", NULL AS "postId", h."membershipId", h."title", NULL::timestamptz AS "createdAt",
       h."rank", ts_headline(${CONFIG}, h."document", ${QUERY}, $3) AS "headline"
FROM hits h
ORDER BY h."rank" DESC, h."title", h."membershipId"`;
