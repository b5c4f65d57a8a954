// Where the pin is: the toolbar's puzzle-piece menu drawn in the page's own colours (no image is
// fetched), its two places numbered as the steps beside it are.

/** A numbered mark, as in the list of steps. */
function Step({ x, y, n }: { x: number; y: number; n: number }) {
  return (
    <g className="pin-step">
      <circle cx={x} cy={y} r="10" />
      <text x={x} y={y + 4} textAnchor="middle">
        {n}
      </text>
    </g>
  );
}

export function PinPicture({ label }: { label: string }) {
  return (
    <svg className="pin-picture" viewBox="0 0 360 176" width="360" height="176" role="img" aria-label={label}>
      <rect className="pin-window" x="1" y="1" width="358" height="174" rx="10" />
      <path className="pin-toolbar" d="M1 11a10 10 0 0 1 10-10h338a10 10 0 0 1 10 10v32H1z" />
      <rect className="pin-address" x="14" y="11" width="214" height="22" rx="11" />
      {/* The puzzle piece, ringed: step 1. */}
      <circle className="pin-ring" cx="276" cy="22" r="14" />
      <path className="pin-icon" d="M268 18h5a3 3 0 1 1 6 0h5v5a3 3 0 1 1 0 6v5h-16z" transform="translate(0 -4)" />
      <circle className="pin-dots" cx="318" cy="16" r="2" />
      <circle className="pin-dots" cx="318" cy="22" r="2" />
      <circle className="pin-dots" cx="318" cy="28" r="2" />
      <Step x={250} y={22} n={1} />
      {/* The menu it opens, with Creator Lens and its pin: step 2. */}
      <rect className="pin-menu" x="120" y="50" width="226" height="112" rx="8" />
      <rect className="pin-menu-line" x="134" y="66" width="110" height="8" rx="4" />
      <rect className="pin-row" x="128" y="86" width="210" height="34" rx="6" />
      <circle className="pin-lens" cx="148" cy="103" r="8" />
      <line className="pin-lens-handle" x1="154" y1="109" x2="159" y2="114" />
      <text className="pin-name" x="166" y="108">
        Creator Lens
      </text>
      <circle className="pin-ring" cx="318" cy="103" r="12" />
      <path className="pin-icon" d="M313 95h10l-2 6 4 4h-14l4-4zM318 105v8" />
      <rect className="pin-menu-line" x="134" y="136" width="150" height="8" rx="4" />
      <Step x={344} y={128} n={2} />
    </svg>
  );
}
