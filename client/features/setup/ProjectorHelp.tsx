/**
 * One way to run the projector, said where the chair sets up. Whether the projector window is
 * opened from the chair's laptop or a room computer opens a "Projector" link, it is the same
 * screen: it follows the room's step and the chair turns its pages from the room.
 */
export function ProjectorHelp() {
  return (
    <section aria-labelledby="projector-help-title" className="cr-section">
      <h2 className="cr-heading-m" id="projector-help-title">
        Showing the meeting on the projector
      </h2>
      <ol className="cr-list">
        <li>
          Plug your laptop into the projector. In the room, choose <strong>Present on the projector</strong>: the projector window opens.
        </li>
        <li>Move that window onto the projector screen and press F for full screen.</li>
        <li>Run the meeting from your own window. The projector follows the step you are on; turn its pages with Page Down and Page Up, or the buttons beside “On the projector”.</li>
      </ol>
      <p className="cr-body">
        Only if the projector has its own computer: add it below with the role <strong>Projector</strong> and open its link on that computer. It shows the same screen, and you still control it from your window. You do not need both.
      </p>
    </section>
  );
}
