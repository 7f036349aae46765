import { useEffect, useRef, useState } from 'react';
import { Banner } from '../../components/Banner.tsx';

/** The full invite link, shown once after it is made, with a way to copy it. */
export function NewLink({ name, url, onDone }: { name: string; url: string; onDone: () => void }) {
  const full = window.location.origin + url;
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => boxRef.current?.focus(), [url]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(full);
      setCopied('yes');
    } catch {
      inputRef.current?.select();
      setCopied('no');
    }
  };

  return (
    <div tabIndex={-1} ref={boxRef} className="cr-new-link">
      <Banner title={`Link made for ${name}`} success role="status">
        <p className="cr-body">
          <strong>This link is shown only once.</strong> Copy it now and send it to {name} in a secure way. If it is lost, make a new link.
        </p>
        <label className="cr-label" htmlFor="new-invite-link">
          Invite link for {name}
        </label>
        <input id="new-invite-link" className="cr-input cr-input--link" readOnly value={full} ref={inputRef} onFocus={(e) => e.target.select()} />
        <div className="cr-button-group">
          <button type="button" className="cr-button" onClick={() => void copy()}>
            Copy link
          </button>
          <button type="button" className="cr-button cr-button--secondary" onClick={onDone}>
            I have copied the link
          </button>
        </div>
        <p className="cr-body" role="status">
          {copied === 'yes' ? 'Link copied.' : copied === 'no' ? 'Your browser did not allow copying. The link is selected: copy it with Ctrl+C (or Cmd+C).' : ''}
        </p>
      </Banner>
    </div>
  );
}
