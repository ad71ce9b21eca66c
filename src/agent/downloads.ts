import type { Express, Request, Response } from 'express';
import { isIntentId } from './dispatch.js';
import type { Entities } from '../intents/index.js';
import { can, type LinkSigner } from '../security/index.js';
import { csvLine } from '../shared/csv.js';
import type { Logger } from '../shared/logger.js';
import type { ExportRegistry } from '../skills/exports.js';
import type { DownloadLinks, SkillServices } from '../skills/services.js';
import { randomUUID } from 'node:crypto';
import { HTTP_ERRORS, sendError } from './http-errors.js';

export const DOWNLOAD_PATH = '/downloads';

/** Signed links to `GET /downloads/<token>` for the intents that have an exporter. */
export function createDownloadLinks(options: {
  signer: LinkSigner;
  exporters: ExportRegistry;
  /** The agent's public base URL (known once it listens). */
  baseUrl: () => string;
}): DownloadLinks {
  return {
    linkFor({ intent, entities, userId, role }) {
      if (!options.exporters[intent]) return undefined;
      const token = options.signer.sign({
        intent,
        entities: entities as Record<string, unknown>,
        userId,
        ...(role ? { role } : {}),
      });
      return `${options.baseUrl()}${DOWNLOAD_PATH}/${token}`;
    },
  };
}

/**
 * `GET /downloads/<token>`: re-runs the listing the link was signed for, under the role it was
 * signed with (checked again, so a permission table change applies at once), and streams CSV.
 * A changed, malformed or expired link gets a Partner Center-style 4xx and calls nothing.
 */
export function mountDownloads(
  app: Express,
  options: {
    signer: LinkSigner;
    exporters: ExportRegistry;
    services: () => SkillServices;
    logger: Logger;
  },
): void {
  app.get(`${DOWNLOAD_PATH}/:token`, async (req: Request, res: Response) => {
    const check = options.signer.verify(req.params.token);
    if (!check.ok) {
      const entry =
        check.reason === 'expired'
          ? HTTP_ERRORS.DownloadExpired
          : check.reason === 'bad-signature'
            ? HTTP_ERRORS.DownloadForbidden
            : HTTP_ERRORS.DownloadInvalid;
      return sendError(res, entry);
    }
    const { grant } = check;
    const exporter = isIntentId(grant.intent) ? options.exporters[grant.intent] : undefined;
    if (!exporter || !can(grant.role, grant.intent).allowed) {
      return sendError(res, HTTP_ERRORS.DownloadForbidden);
    }
    const correlationId = randomUUID();
    let rows: AsyncIterator<string[]>;
    let first: IteratorResult<string[]>;
    let csv;
    try {
      csv = await exporter({
        entities: grant.entities as Entities,
        services: options.services(),
        correlationId,
      });
      rows = csv.rows[Symbol.asyncIterator]();
      // The first row is read before any header is sent, so a failure is still a clean error.
      first = await rows.next();
    } catch (error) {
      options.logger.warn('download failed', { correlationId, intent: grant.intent, error });
      return sendError(res, HTTP_ERRORS.DownloadFailed, [correlationId]);
    }
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${csv.filename}.csv"`);
    res.setHeader('cache-control', 'no-store');
    // The BOM makes Excel read the file as UTF-8 (names with accents, "–").
    res.write('\ufeff' + csvLine(csv.columns));
    try {
      for (let r = first; !r.done; r = await rows.next()) {
        if (!res.write(csvLine(r.value)))
          await new Promise((resolve) => res.once('drain', resolve));
      }
    } catch (error) {
      // Headers are gone: cut the body so the file is visibly incomplete, never silently short.
      options.logger.warn('download interrupted', { correlationId, intent: grant.intent, error });
      res.destroy();
      return;
    }
    res.end();
  });
}
