// Runs in the page before any of its scripts (playwright addInitScript). It
// notes the moment each widget's first view is in the DOM — the counter's
// number, the timeline's first entry, the MP form's postcode field — by
// watching every shadow root as it is attached (a MutationObserver:
// sub-millisecond, unlike polling), and the next animation frame (when that
// DOM is painted). It adds up layout shifts and keeps Content-Security-Policy
// violations. Nothing here changes what the widgets do.
export function renderProbe() {
  // Looked for in the widget's shadow root and in shadow roots nested inside
  // it, so a widget that splits its first view into inner elements is still seen.
  const FIRST_VIEWS = {
    'petition-counter': { selector: '[part~="number"]', text: /\d/ },
    'campaign-timeline': { selector: '[part~="entry"]' },
    'mp-email-form': { selector: 'input[name="postcode"]' },
  };
  const probe = { watching: Object.keys(FIRST_VIEWS), views: {}, cls: 0, shifts: [], violations: [] };
  window.__placardBench = probe;

  // Chrome names no node inside a shadow tree (nor one since removed): such a source is the widget's own content.
  const describe = (node) => node?.nodeName ?? 'shadow-tree node';
  // How far a source moved down (negative: up), in CSS px. Its rects are clipped
  // to the viewport, so one that left (or entered) the view has an empty rect there.
  const empty = (rect) => rect.width === 0 || rect.height === 0;
  const moved = ({ previousRect, currentRect }) => {
    if (empty(currentRect)) return 'out of view';
    if (empty(previousRect)) return 'into view';
    const dy = Math.round(currentRect.y - previousRect.y);
    return `${dy > 0 ? '+' : ''}${dy} px`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      probe.cls += entry.value;
      probe.shifts.push({
        value: entry.value,
        at: entry.startTime,
        sources: (entry.sources ?? []).map((s) => `${describe(s.node)} ${moved(s)}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  document.addEventListener(
    'securitypolicyviolation',
    (event) => probe.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    true,
  );

  // Every shadow root, closed ones included, by its host.
  const roots = new WeakMap();
  const find = (root, selector) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const element of root.querySelectorAll('*')) {
      const inner = roots.get(element);
      const found = inner && find(inner, selector);
      if (found) return found;
    }
    return null;
  };
  const check = () => {
    for (const [tag, view] of Object.entries(FIRST_VIEWS)) {
      if (probe.views[tag]) continue;
      for (const host of document.querySelectorAll(tag)) {
        const root = roots.get(host);
        const element = root && find(root, view.selector);
        const text = element?.textContent?.trim().slice(0, 60) ?? '';
        if (!element || (view.text && !view.text.test(text))) continue;
        const seen = { at: performance.now(), frameAt: null, text };
        probe.views[tag] = seen;
        requestAnimationFrame(() => {
          seen.frameAt = performance.now();
        });
        break;
      }
    }
  };

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachAndWatch(init) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    new MutationObserver(check).observe(root, { childList: true, subtree: true, characterData: true });
    return root;
  };
}
