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
 * SearchVectors, SearchBounded and SearchPerAssociation: the three GIN indexes are on
 * (associationId, vector) through btree_gin, written without a pending list).
 */
const CONFIG = `'public.french_unaccent'::regconfig`;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=15, ShortWord=2`;

interface Row {
  type: SearchResultType;
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
    const rows: Row[] = await this.dataSource.query(SEARCH_SQL, [
      member.associationId,
      query,
      HEADLINE_OPTIONS,
      seesOnlyOpenTopics(member.role),
      first,
    ]);
    return rows.map((r) => ({
      type: r.type,
      id: r.id,
      postId: r.postId,
      membershipId: r.membershipId,
      title: r.title,
      createdAt: r.createdAt,
      rank: Number(r.rank),
      snippet: highlightToHtml(r.headline),
    }));
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
 * - `found`: at most FOUND + 1 of the association's matches through its GIN index on
 *   (associationId, vector), in no order; when that is all of them (a rare word), the candidates are
 *   the first of these;
 * - otherwise (a common word), the part's ordered index is walked from the start, testing the stored
 *   vector on each row (`coalesce` keeps the planner off the GIN index there) until enough match:
 *   with more than FOUND matches, that stops early.
 * Only the candidates are ranked (ts_rank over the stored vector). The three parts are merged by rank
 * in the same statement (ADR 0041), and only the `first` rows kept are highlighted (ts_headline, the
 * costliest call per row) and, for posts and comments, given their author's name.
 */
const FOUND = 2 * SEARCH_RANKED_MATCHES;

interface Part {
  /** The CTEs' prefix. */
  name: string;
  /** The association's matches through the GIN index, at most FOUND + 1, in no order. */
  found: string;
  /** The caller may see this row (alias). */
  visible: (alias: string) => string;
  /** The part's own order of the candidates, over the found rows' columns. */
  order: string;
  /** The first SEARCH_RANKED_MATCHES visible matches, walking the part's ordered index. */
  walk: string;
  /** The candidates (alias c) ranked, as the merge's columns. */
  hits: string;
}

/** A part's CTEs: `<name>_found`, `<name>_candidates` (from `found` when it holds every match, else from `walk`), `<name>_hits`. */
function partCtes({ name, found, visible, order, walk, hits }: Part): string {
  return `${name}_found AS MATERIALIZED (
  ${found}
  LIMIT ${FOUND + 1}
), ${name}_candidates AS (
  SELECT * FROM (SELECT * FROM ${name}_found f WHERE ${visible('f')} ORDER BY ${order} LIMIT ${SEARCH_RANKED_MATCHES}) few
  WHERE (SELECT count(*) FROM ${name}_found) <= ${FOUND}
  UNION ALL
  SELECT * FROM (${walk}) many
  WHERE (SELECT count(*) FROM ${name}_found) > ${FOUND}
), ${name}_hits AS (
  ${hits}
)`;
}

/** A post the caller may see (not deleted nor hidden; for a consultant, in a topic open to consultants). */
const visiblePost = (p: string) =>
  `${p}."deletedAt" IS NULL AND ${p}."hiddenAt" IS NULL
    AND (NOT $4::boolean OR coalesce((SELECT t."openToConsultants" FROM topics t WHERE t."id" = ${p}."topicId"), FALSE))`;

const POST_COLUMNS = (p: string) =>
  `${p}."id", ${p}."authorMembershipId", ${p}."topicId", ${p}."deletedAt", ${p}."hiddenAt", ${p}."text", ${p}."createdAt", ${p}."searchVector"`;

const POSTS: Part = {
  name: 'posts',
  found: `SELECT ${POST_COLUMNS('p')} FROM posts p
  WHERE p."associationId" = $1 AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL AND p."searchVector" @@ ${QUERY}`,
  visible: visiblePost,
  order: `"createdAt" DESC, "id" DESC`,
  walk: `
    SELECT ${POST_COLUMNS('p')} FROM posts p
    WHERE p."associationId" = $1 AND coalesce(p."searchVector" @@ ${QUERY}, false) AND ${visiblePost('p')}
    ORDER BY p."createdAt" DESC, p."id" DESC LIMIT ${SEARCH_RANKED_MATCHES}`,
  hits: `SELECT 0 AS "part", c."id", c."id" AS "postId", c."authorMembershipId" AS "membershipId", NULL::text AS "title",
         c."text" AS "source", c."createdAt", ts_rank(c."searchVector", ${QUERY}) AS "rank"
  FROM posts_candidates c`,
};

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

const COMMENTS: Part = {
  name: 'comments',
  found: `SELECT ${COMMENT_COLUMNS('c')} FROM comments c
  WHERE c."associationId" = $1 AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL AND c."searchVector" @@ ${QUERY}`,
  visible: visibleComment,
  order: `"createdAt" DESC, "id" DESC`,
  walk: `
    SELECT ${COMMENT_COLUMNS('c')} FROM comments c
    WHERE c."associationId" = $1 AND coalesce(c."searchVector" @@ ${QUERY}, false) AND ${visibleComment('c')}
    ORDER BY c."createdAt" DESC, c."id" DESC LIMIT ${SEARCH_RANKED_MATCHES}`,
  hits: `SELECT 1 AS "part", c."id", c."postId", c."authorMembershipId" AS "membershipId", NULL::text AS "title",
         c."text" AS "source", c."createdAt", ts_rank(c."searchVector", ${QUERY}) AS "rank"
  FROM comments_candidates c`,
};

/**
 * The directory: active members by shop name, person name, town and description, from
 * network_member_search (the title, document and vector, kept by triggers; a removed membership has
 * no row). Candidates in alphabetical order of the title (index network_member_search_by_title).
 * Everyone, consultants too, sees the directory.
 */
const MEMBER_COLUMNS = (ms: string) => `${ms}."membershipId", ${ms}."title", ${ms}."document", ${ms}."vector"`;

const MEMBERS: Part = {
  name: 'members',
  found: `SELECT ${MEMBER_COLUMNS('ms')} FROM network_member_search ms
  WHERE ms."associationId" = $1 AND ms."vector" @@ ${QUERY}`,
  visible: () => 'TRUE',
  order: `"title", "membershipId"`,
  walk: `
    SELECT ${MEMBER_COLUMNS('ms')} FROM network_member_search ms
    WHERE ms."associationId" = $1 AND coalesce(ms."vector" @@ ${QUERY}, false)
    ORDER BY ms."title", ms."membershipId" LIMIT ${SEARCH_RANKED_MATCHES}`,
  hits: `SELECT 2 AS "part", c."membershipId" AS "id", NULL::uuid AS "postId", c."membershipId", c."title",
         c."document" AS "source", NULL::timestamptz AS "createdAt", ts_rank(c."vector", ${QUERY}) AS "rank"
  FROM members_candidates c`,
};

/**
 * The parts merged best first: by rank, ties newest first (members last), then posts, comments,
 * members, each in its own order (members by title). The same order as when each part ranked its own
 * rows and the service merged them.
 */
const MERGE_ORDER = `"rank" DESC, "createdAt" DESC NULLS LAST, "part", "title", CASE WHEN "part" = 2 THEN "id" END, "id" DESC`;

/** The search in one statement: $1 association, $2 tsquery, $3 ts_headline options, $4 consultant, $5 first. */
const SEARCH_SQL = `
WITH ${partCtes(POSTS)},
${partCtes(COMMENTS)},
${partCtes(MEMBERS)},
hits AS (
  SELECT * FROM (
    SELECT * FROM posts_hits UNION ALL SELECT * FROM comments_hits UNION ALL SELECT * FROM members_hits
  ) merged
  ORDER BY ${MERGE_ORDER}
  LIMIT $5
)
SELECT CASE h."part" WHEN 0 THEN 'POST' WHEN 1 THEN 'COMMENT' ELSE 'MEMBER' END AS "type",
       h."id", h."postId", h."membershipId", h."createdAt", h."rank",
       coalesce(h."title", (SELECT u."name" FROM memberships m JOIN users u ON u."id" = m."userId" WHERE m."id" = h."membershipId")) AS "title",
       ts_headline(${CONFIG}, CASE WHEN h."part" = 2 THEN h."source" ELSE network_search_text(h."source") END, ${QUERY}, $3) AS "headline"
FROM hits h
ORDER BY ${MERGE_ORDER.replace(/"(rank|createdAt|part|title|id)"/g, 'h."$1"')}`;
