/** Plain share URLs: no third-party script runs on the partner's page. */
export interface ShareLinks {
  email: string;
  whatsapp: string;
  x: string;
  facebook: string;
}

export function shareLinks(url: string, title: string, text: string): ShareLinks {
  const enc = encodeURIComponent;
  return {
    email: `mailto:?subject=${enc(title)}&body=${enc(`${text}\n\n${url}`)}`,
    whatsapp: `https://wa.me/?text=${enc(`${text} ${url}`)}`,
    x: `https://x.com/intent/post?text=${enc(text)}&url=${enc(url)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
  };
}

/** The campaign's share page, else the page the widget sits on (without its #fragment). */
export function pageToShare(shareUrl: string | null | undefined): string {
  return shareUrl ?? globalThis.location.href.split('#')[0] ?? '';
}
