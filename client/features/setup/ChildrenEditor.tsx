import { useState, type FormEvent } from 'react';
import { ApiError, request, type ConferenceDetail } from '../../api.ts';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { Button, ButtonGroup } from '../../components/govuk/Button.tsx';
import { Fieldset } from '../../components/govuk/Fieldset.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { GENDERS, type Child, type ChildrenInput, type Conference } from '../../../shared/schema/conference.ts';

type Gender = (typeof GENDERS)[number];
interface NewChild { key: string; name: string; dateOfBirth: string; gender: Gender | '' }

let counter = 0;
const newChild = (): NewChild => ({ key: `new-child-${++counter}`, name: '', dateOfBirth: '', gender: '' });

/**
 * RV2 — Before a review starts, the chair adds a child to it (a baby born since, a child who has
 * moved in) or removes one (a child who has moved away). A child kept keeps their id, so last
 * time's decision and family tree still name them. `PUT /api/conferences/:id/children`.
 */
export function ChildrenEditor({ detail, onSaved }: { detail: ConferenceDetail; onSaved: () => void }) {
  const t = useT();
  const f = useFormat();
  const c = detail.conference;
  const [open, setOpen] = useState(false);
  const [kept, setKept] = useState<readonly Child[]>(c.children);
  const [added, setAdded] = useState<readonly NewChild[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  if (c.type !== 'review' || detail.me.role !== 'chair' || !detail.scheduleEditable) return null;

  const start = () => {
    setKept(c.children);
    setAdded([]);
    setErrors([]);
    setSaved(false);
    setOpen(true);
  };
  const update = (key: string, patch: Partial<NewChild>) => setAdded((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const check = (): FieldError[] => {
    const out: FieldError[] = [];
    if (kept.length + added.length === 0) out.push({ field: 'review-children-add', message: t('review.children.errorNone') });
    added.forEach((r, i) => {
      if (!r.name.trim()) out.push({ field: `review-child-${i}-name`, message: t('review.children.errorName', { n: i + 1 }) });
      if (!r.gender) out.push({ field: `review-child-${i}-gender`, message: t('review.children.errorGender', { n: i + 1 }) });
    });
    return out;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = check();
    setErrors(problems);
    if (problems.length) return;
    setBusy(true);
    try {
      const children = [...kept, ...added.map((r) => ({ name: r.name.trim(), dateOfBirth: r.dateOfBirth || null, gender: r.gender as Gender }))];
      await request<{ conference: Conference }>('PUT', `/api/conferences/${c.id}/children`, { children } satisfies ChildrenInput);
      setOpen(false);
      setSaved(true);
      onSaved();
    } catch (err) {
      setErrors([{ field: '', message: err instanceof ApiError ? t(err.msg) : t('errors.generic') }]);
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <div className="cr-section">
        {saved ? <p className="govuk-body" role="status">{t('review.children.saved')}</p> : null}
        <Button variant="secondary" onClick={start}>{t('review.children.open')}</Button>
      </div>
    );
  }
  const errorFor = (field: string) => errors.find((x) => x.field === field)?.message;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="review-children-title" className="cr-section" data-testid="children-editor">
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id="review-children-title">{t('review.children.title')}</h2>
      <p className="govuk-body">{t('review.children.intro')}</p>
      <ul className="govuk-list cr-children-list" aria-label={t('review.children.current')}>
        {kept.map((ch) => (
          <li key={ch.id} className="cr-children-list__row">
            <span>
              <strong>{ch.name}</strong>
              {ch.dateOfBirth ? <span className="govuk-body-s">{t('review.children.born', { date: f.date(ch.dateOfBirth) })}</span> : null}
            </span>
            <Button variant="secondary" small onClick={() => setKept((k) => k.filter((x) => x.id !== ch.id))}>
              {t('review.children.remove', { name: ch.name })}
            </Button>
          </li>
        ))}
      </ul>
      {added.map((r, i) => (
        <Fieldset key={r.key} legend={t('review.children.newLegend', { n: i + 1 })} legendSize="s">
          <Input id={`review-child-${i}-name`} label={t('review.children.name')} autoComplete="off" value={r.name} error={errorFor(`review-child-${i}-name`)} onChange={(e) => update(r.key, { name: e.target.value })} />
          <Input id={`review-child-${i}-dob`} type="date" width={10} label={t('review.children.dateOfBirth')} hint={t('review.children.dateOfBirthHint')} value={r.dateOfBirth} onChange={(e) => update(r.key, { dateOfBirth: e.target.value })} />
          <Select id={`review-child-${i}-gender`} label={t('review.children.gender')} value={r.gender} error={errorFor(`review-child-${i}-gender`)} onChange={(e) => update(r.key, { gender: e.target.value as Gender })}>
            <option value="">{t('review.children.choose')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>{t(`conferences.gender.${g}`)}</option>
            ))}
          </Select>
          <Button variant="secondary" small onClick={() => setAdded((rows) => rows.filter((x) => x.key !== r.key))}>
            {t('review.children.removeNew', { n: i + 1 })}
          </Button>
        </Fieldset>
      ))}
      <p className="govuk-body">
        <Button id="review-children-add" variant="secondary" onClick={() => setAdded((rows) => [...rows, newChild()])}>{t('review.children.add')}</Button>
      </p>
      <ButtonGroup>
        <Button type="submit" disabled={busy}>{t('review.children.save')}</Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>{t('review.children.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
