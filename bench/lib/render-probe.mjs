// Runs in the page before any of its scripts (playwright addInitScript). It
// watches each <petition-counter>'s shadow root for the moment the count's
// number is in the DOM (a MutationObserver: sub-millisecond, unlike polling),
// notes the next animation frame (when that DOM is painted), and adds up layout
// shifts. Nothing here changes what the widgets do.
export function renderProbe() {
  const probe = { numberAt: null, frameAt: null, text: null, cls: 0, shifts: [] };
  window.__placardBench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      probe.cls += entry.value;
      probe.shifts.push({
        value: entry.value,
        at: entry.startTime,
        sources: (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?'),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachAndWatch(init) {
    const root = attachShadow.call(this, init);
    if (this.localName !== 'petition-counter') return root;
    const observer = new MutationObserver(() => {
      if (probe.numberAt !== null) return;
      const text = root.querySelector('[part~="number"]')?.textContent?.trim();
      if (!text || !/\d/.test(text)) return;
      probe.numberAt = performance.now();
      probe.text = text;
      observer.disconnect();
      requestAnimationFrame(() => {
        probe.frameAt = performance.now();
      });
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return root;
  };
}
