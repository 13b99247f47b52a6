// Crisis help first: the resources of a crisis reply as a high-contrast card at the top of the panel, with large call
// and text buttons, and a "Get help now" button in the header that brings it back for the rest of the conversation.
export function createCrisisCard(strings) {
  const card = document.getElementById('crisis-card');
  const list = document.getElementById('crisis-actions');
  const getHelp = document.getElementById('get-help');
  const hide = document.getElementById('crisis-hide');

  const link = (href, text, className) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    a.className = className;
    return a;
  };

  function render(resources) {
    list.replaceChildren();
    for (const resource of resources) {
      const item = document.createElement('li');
      const name = document.createElement('p');
      name.className = 'crisis-name';
      name.textContent = resource.label;
      const actions = document.createElement('div');
      actions.className = 'crisis-buttons';
      if (resource.tel)
        actions.append(link(`tel:${resource.tel}`, strings.call.replace('{number}', resource.tel), 'call'));
      if (resource.sms)
        actions.append(link(`sms:${resource.sms}`, strings.text.replace('{number}', resource.sms), 'text'));
      if (!resource.tel && !resource.sms && resource.url) {
        const web = link(resource.url, strings.web.replace('{name}', resource.label.split(':')[0]), 'web');
        web.target = '_blank';
        web.rel = 'noopener noreferrer';
        actions.append(web);
      }
      if (actions.childElementCount === 0) continue;
      item.append(name, actions);
      list.append(item);
    }
  }

  /** The card takes room from the transcript: keep its newest message (the question that follows) in view. */
  function keepNewestInView() {
    requestAnimationFrame(() => {
      const transcript = document.querySelector('.webchat__basic-transcript__scrollable');
      if (transcript) transcript.scrollTop = transcript.scrollHeight;
    });
  }

  function show() {
    card.hidden = false;
    getHelp.hidden = false;
    getHelp.setAttribute('aria-expanded', 'true');
    keepNewestInView();
  }

  getHelp.addEventListener('click', () => {
    show();
    card.focus();
  });
  hide.addEventListener('click', () => {
    card.hidden = true;
    getHelp.setAttribute('aria-expanded', 'false');
    getHelp.focus();
  });

  return {
    /** A reply carried crisis resources: show them now, on top. */
    showResources(resources) {
      if (!Array.isArray(resources) || resources.length === 0) return;
      render(resources);
      show();
    },
    /** Crisis resources from earlier in a reconnected conversation: ready behind "Get help now", not opened again. */
    keepResources(resources) {
      if (!Array.isArray(resources) || resources.length === 0) return;
      render(resources);
      getHelp.hidden = false;
      getHelp.setAttribute('aria-expanded', String(!card.hidden));
    },
  };
}
