// Pages leave as full HTML documents from preact-render-to-string, which escapes every text and attribute value:
// what a person typed into the chat reaches a page only as text. Nothing here is cached.
import type { Response } from 'express';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function sendPage(res: Response, page: VNode, status = 200): void {
  res.status(status);
  res.setHeader('Cache-Control', 'no-store');
  res.type('html');
  res.send(`<!doctype html>${renderToString(page)}`);
}
