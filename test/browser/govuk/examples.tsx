import { StrictMode, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { BackLink } from '../../../client/components/govuk/BackLink.tsx';
import { Button, ButtonGroup } from '../../../client/components/govuk/Button.tsx';
import { Checkbox, Checkboxes } from '../../../client/components/govuk/Checkboxes.tsx';
import { Details } from '../../../client/components/govuk/Details.tsx';
import { ErrorMessage } from '../../../client/components/govuk/ErrorMessage.tsx';
import { ErrorSummary, errorFor, type FieldError } from '../../../client/components/govuk/ErrorSummary.tsx';
import { Fieldset } from '../../../client/components/govuk/Fieldset.tsx';
import { GovukTextProvider } from '../../../client/components/govuk/GovukText.tsx';
import { Header } from '../../../client/components/govuk/Header.tsx';
import { Hint } from '../../../client/components/govuk/Hint.tsx';
import { Input } from '../../../client/components/govuk/Input.tsx';
import { InsetText } from '../../../client/components/govuk/InsetText.tsx';
import { Label } from '../../../client/components/govuk/Label.tsx';
import { LiveRegion } from '../../../client/components/govuk/LiveRegion.tsx';
import { NotificationBanner } from '../../../client/components/govuk/NotificationBanner.tsx';
import { Panel } from '../../../client/components/govuk/Panel.tsx';
import { Radios } from '../../../client/components/govuk/Radios.tsx';
import { Select } from '../../../client/components/govuk/Select.tsx';
import { SkipLink } from '../../../client/components/govuk/SkipLink.tsx';
import { SummaryList } from '../../../client/components/govuk/SummaryList.tsx';
import { Table } from '../../../client/components/govuk/Table.tsx';
import { Tag } from '../../../client/components/govuk/Tag.tsx';
import { TaskList } from '../../../client/components/govuk/TaskList.tsx';
import { Textarea } from '../../../client/components/govuk/Textarea.tsx';
import { WarningText } from '../../../client/components/govuk/WarningText.tsx';
import '../../../client/styles/govuk.scss';

/** A form in the GOV.UK pattern: the summary on top, each message by its field. Two on the page, so ids must not clash. */
function ExampleForm({ idPrefix }: { idPrefix: string }) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [danger, setDanger] = useState('');
  const [who, setWho] = useState<'' | 'parent' | 'school'>('');
  const [sections, setSections] = useState<string[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!danger.trim()) found.push({ field: `${idPrefix}-danger`, message: 'Write what we are worried could happen' });
    if (!who) found.push({ field: `${idPrefix}-who`, message: 'Choose who said it' });
    if (sections.length === 0) found.push({ field: `${idPrefix}-sections`, message: 'Choose at least one section' });
    setErrors(found);
  };
  return (
    <form noValidate onSubmit={submit} data-testid={`${idPrefix}-form`}>
      <ErrorSummary errors={errors} />
      <Textarea id={`${idPrefix}-danger`} label="Danger statement" hint="What are we worried could happen, if nothing changes?" error={errorFor(errors, `${idPrefix}-danger`)} value={danger} onChange={(e) => setDanger(e.target.value)} />
      <Radios
        id={`${idPrefix}-who`}
        legend="Who said it?"
        hint="Choose one"
        error={errorFor(errors, `${idPrefix}-who`)}
        items={[
          { value: 'parent', label: 'A parent', hint: 'Mother, father or carer' },
          { value: 'school', label: 'The school', conditional: <Input label="Teacher’s name" /> },
        ]}
        value={who}
        onChange={setWho}
      />
      <Checkboxes
        id={`${idPrefix}-sections`}
        legend="Sections"
        error={errorFor(errors, `${idPrefix}-sections`)}
        items={[
          { value: 'worries', label: 'What we are worried about' },
          { value: 'strengths', label: 'What is working well', hint: 'Strengths and safety' },
        ]}
        values={sections}
        onChange={setSections}
      />
      <ButtonGroup>
        <Button type="submit">Add the danger statement</Button>
        <Button variant="secondary">Cancel</Button>
      </ButtonGroup>
    </form>
  );
}

/** Every GOV.UK component we use, in its usual states, for the axe check and the behaviour tests. */
function Examples() {
  const [size, setSize] = useState('m');
  const [restricted, setRestricted] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  return (
    <GovukTextProvider text={{ errorPrefix: 'Error:', warningPrefix: 'Warning', errorSummaryTitle: 'There is a problem' }}>
      <SkipLink targetId="main-content">Skip to main content</SkipLink>
      <Header
        homeHref="/"
        serviceName="Conference Room"
        navigationLabel="Menu"
        navigation={[
          { href: '/', text: 'My conferences', current: true },
          { href: '/deadlines', text: 'Deadlines' },
        ]}
        endLabel="Account"
        end={<span>Gwen Ashcombe</span>}
      />
      <div className="govuk-width-container">
        <BackLink href="/">Back to my conferences</BackLink>
        <main className="govuk-main-wrapper" id="main-content">
          <h1 className="govuk-heading-l">Components</h1>
          <ExampleForm idPrefix="first" />
          <ExampleForm idPrefix="second" />
          <Input label="Child’s first name" hint="As the family say it" width={20} />
          <Input id="with-error" label="Date of the conference" error="Enter the date of the conference" />
          <Select label="Text size" value={size} onChange={(e) => setSize(e.target.value)}>
            <option value="m">Standard</option>
            <option value="l">Larger</option>
          </Select>
          <Checkbox label="Professionals only" hint="The family will not see this" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} />
          <Fieldset legend="A fieldset" legendSize="m">
            <Label htmlFor="loose-input">A label on its own</Label>
            <Hint id="loose-hint">A hint on its own</Hint>
            <ErrorMessage id="loose-error">An error message on its own</ErrorMessage>
            <input className="govuk-input govuk-input--error" id="loose-input" aria-describedby="loose-hint loose-error" aria-invalid />
          </Fieldset>
          <p className="govuk-body">
            <Tag>Now</Tag> <Tag colour="grey">Not started</Tag> <Tag colour="green">Saved</Tag> <Tag colour="purple">Professionals only</Tag> <Tag colour="yellow">Offline</Tag>
          </p>
          <NotificationBanner title="Important" heading="The chair has closed scaling" />
          <NotificationBanner title="Success" heading="Your score of 6 has been sent" success role="status">
            <p className="govuk-body">You can change it until the chair closes scaling.</p>
          </NotificationBanner>
          <SummaryList
            rows={[
              { key: 'date', label: 'Date', value: '3 December 2026', actions: [<a key="c" className="govuk-link" href="#date">Change<span className="govuk-visually-hidden"> date</span></a>] },
              { key: 'chair', label: 'Chair', value: 'Gwen Ashcombe' },
            ]}
          />
          <Table
            caption="Actions"
            captionSize="m"
            firstCellIsHeader
            head={[
              { key: 'what', content: 'What' },
              { key: 'who', content: 'Who' },
              { key: 'days', content: 'Days', numeric: true },
            ]}
            rows={[{ key: 'a', cells: ['Visit weekly', 'Social worker', '7'] }]}
          />
          <nav aria-label="Agenda">
            <TaskList
              items={[
                { key: 'welcome', title: '1. Welcome', status: <Tag colour="grey">Done</Tag>, href: '/welcome' },
                { key: 'worries', title: '2. What we are worried about', hint: '3 items', status: <Tag>Now</Tag>, onSelect: () => undefined, current: true },
                { key: 'decision', title: '3. Decision' },
              ]}
            />
          </nav>
          <Details summary="What is a danger statement?">A short statement of what we are worried could happen.</Details>
          <InsetText>The chair will see this and may add it to the board.</InsetText>
          <WarningText>Closing the conference cannot be undone.</WarningText>
          <Panel title="Conference closed" headingLevel={2}>
            The record is ready for the note taker.
          </Panel>
          <Button onClick={() => setAnnouncement('A new proposal from the school')}>Announce</Button>
          <Button variant="warning">Close the conference</Button>
          <Button small variant="secondary">
            Accept
          </Button>
          <LiveRegion message={announcement} />
        </main>
      </div>
    </GovukTextProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><Examples /></StrictMode>);
