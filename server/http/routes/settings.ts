import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/types.ts';
import { entryBy, type Audit } from '../../audit.ts';
import { DEFAULT_SETTINGS, councilSettingsSchema, type CouncilSettings } from '../../../shared/schema/settings.ts';
import { forbidden, invalid } from '../errors.ts';
import { msg } from '../../../shared/i18n/messages.ts';
import { requirePrincipal } from '../app.ts';

const KEY = 'council';

/** The council's settings, falling back to the defaults for anything never set or no longer valid. */
export async function councilSettings(store: Store): Promise<CouncilSettings> {
  const raw = await store.setting(KEY);
  const parsed = raw ? councilSettingsSchema.safeParse(JSON.parse(raw)) : null;
  return parsed?.success ? parsed.data : DEFAULT_SETTINGS;
}

/** ST1 — Any signed-in device reads the settings (they hold no case data); an administrator changes them. */
export function settingsRoutes(app: FastifyInstance, deps: { store: Store; audit: Audit }): void {
  const { store, audit } = deps;

  app.get('/api/settings', async (req) => {
    requirePrincipal(req);
    return { settings: await councilSettings(store) };
  });

  app.put('/api/settings', async (req) => {
    const p = requirePrincipal(req);
    if (p.kind !== 'staff' || p.role !== 'admin') throw forbidden(msg('errors.settings.adminOnly'));
    const body = councilSettingsSchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    await store.putSetting(KEY, JSON.stringify(body.data), p.userId ?? '');
    await audit.record(entryBy(p, 'settings_changed'));
    return { settings: body.data };
  });
}
