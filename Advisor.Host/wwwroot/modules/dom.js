// Building and finding elements without a framework.

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.setAttribute('class', value);
    else if (key === 'style') node.style.cssText = value; // through the CSSOM, so the Content-Security-Policy allows it
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'checked' || key === 'selected' || key === 'value') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Creates an element: el('p', { class: 'x', text: 'hi', onclick: f }, child, ...). */
export const el = (tag, attrs = {}, ...children) => fill(document.createElement(tag), attrs, children);

/** Creates an SVG element, likewise. */
export const svg = (tag, attrs = {}, ...children) => fill(document.createElementNS(SVG_NS, tag), attrs, children);

/** An empty, hidden error paragraph for a field, found by its id and data-testid. */
export const errorEl = (id, field) => el('p', { class: 'field-error', id, 'data-testid': id, 'data-field': field, hidden: true });

/** Scrolls smoothly unless the person asked for less motion. */
export const smooth = () => (window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
