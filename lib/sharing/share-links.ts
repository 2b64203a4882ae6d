/** What a share link sends: the page's address, a line about it, and a subject for email. */
export type ShareMessage = { url: string; text: string; subject: string };

export type ShareLinks = { whatsapp: string; facebook: string; sms: string; email: string };

/**
 * Plain share links that work without JavaScript. The message carries the
 * page's own address and nothing else: no tracking parameters.
 */
export function shareLinks({ url, text, subject }: ShareMessage): ShareLinks {
  const body = encodeURIComponent(`${text}\n${url}`);
  return {
    whatsapp: `https://wa.me/?text=${body}`,
    // Facebook reads title, date and place from the page's Open Graph tags.
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    // "?&body=" is the form both Android and iOS messaging apps read.
    sms: `sms:?&body=${body}`,
    email: `mailto:?subject=${encodeURIComponent(subject)}&body=${body}`,
  };
}
