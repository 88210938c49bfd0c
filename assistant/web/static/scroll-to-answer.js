() => { setTimeout(() => {
  const rows = document.querySelectorAll('#chatt .message-row.user-row');
  const last = rows[rows.length - 1];
  if (!last) return;
  let box = last.parentElement;
  while (box && box.scrollHeight <= box.clientHeight + 2) box = box.parentElement;
  if (box && box !== document.body && box !== document.documentElement) {
    box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  }
}, 60); }
