import { describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { seriousViolations } from '../support/axe.ts';
import { connect, whenSynced } from '../support/sync.ts';
import { addItem } from '../../shared/commands/items.ts';
import { setPresenting, setStep } from '../../shared/commands/meeting.ts';

const suite = browserSuite();

describe('accessibility (axe-core, WCAG 2.1 AA): no serious or critical problems', () => {
  it('on sign in, the chair’s room, a parent’s phone and the projector', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    const id: string = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const inv = await api.post(`/api/conferences/${id}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: 'Mother', attendance: 'present' });
    const doc = connect(suite.server.url, id, api.cookie);
    await whenSynced(doc);
    const d = { shared: doc.doc, professional: null };
    addItem(d, { section: 'past_harm', text: 'On 14 September Ellis was hurt when he fell during Dean pushing Kerys.', source: { name: 'PC Owain Rees', agency: 'Police' }, restricted: false, addedBy: 'c' });
    addItem(d, { section: 'strengths', text: 'Kerys walks Poppy to school every day.', source: { name: 'Mrs Lloyd', agency: 'School' }, restricted: false, addedBy: 'c' });
    setStep(d, 'worries');
    setPresenting(d, true);

    const chair = await (await newDevice(suite.browser)).newPage();
    await chair.goto(`${suite.server.url}/login`);
    expect(await seriousViolations(chair), 'sign in').toEqual([]);
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    expect(await seriousViolations(chair), 'my conferences').toEqual([]);
    await chair.goto(`${suite.server.url}/conferences/${id}`);
    await chair.getByRole('heading', { level: 1, name: 'What are we worried about' }).waitFor();
    expect(await seriousViolations(chair), 'chair room').toEqual([]);

    const parent = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    await parent.goto(suite.server.url + inv.body.url);
    await parent.getByText('On 14 September Ellis was hurt').waitFor();
    expect(await seriousViolations(parent), 'parent phone').toEqual([]);

    const projector = await chair.context().newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    // Contrast is measured on the settled frame, not half-way through the step's fade-in.
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    await projector.goto(`${suite.server.url}/conferences/${id}/projector`);
    await projector.getByText('On 14 September Ellis was hurt').filter({ visible: true }).waitFor();
    expect(await seriousViolations(projector), 'projector').toEqual([]);
    doc.destroy();
  });
});
