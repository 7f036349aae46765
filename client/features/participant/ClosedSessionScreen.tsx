/** What family devices show while the professionals talk privately: calm, neutral, nothing to do. */
export function ClosedSessionScreen() {
  return (
    <main className="cr-calm" id="main-content" aria-labelledby="calm-title">
      <h1 className="cr-heading-l" id="calm-title">
        Please wait
      </h1>
      <p className="cr-body cr-body--l">The professionals are talking privately for a short while. Please wait; this screen will come back by itself.</p>
    </main>
  );
}
