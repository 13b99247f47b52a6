// The bot's picture when the practice sets none: a plain speech bubble (a data: URL, allowed by the page's img-src).
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="20" fill="COLOR"/>' +
  '<path d="M11 13h18a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-9l-5 4v-4h-4a2 2 0 0 1-2-2v-9a2 2 0 0 1 2-2z" fill="#fff"/></svg>';

export const neutralAvatar = (color: string): string =>
  `data:image/svg+xml,${encodeURIComponent(svg.replace('COLOR', color))}`;
