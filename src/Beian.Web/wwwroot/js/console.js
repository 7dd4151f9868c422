// The console works without script; this only adds comfort, and lives in a file because the pages' CSP allows no inline script.
document.addEventListener('submit', (event) => {
    // A long-running form (the special inspection) shows its progress note while the server works.
    const note = event.target.closest('[data-shows-progress]')?.querySelector('[role=status]');
    if (note) {
        note.hidden = false;
    }
});

// A checkbox that stands for a block of fields (同主体负责人) hides them while it is checked; the server copies the data.
document.addEventListener('change', (event) => {
    const box = event.target.closest('input[type=checkbox][data-hides]');
    const target = box && document.querySelector(box.dataset.hides);
    if (target) {
        target.hidden = box.checked;
    }
});

// 打印: a button that prints the page (the certificate), without inline script.
document.addEventListener('click', (event) => {
    if (event.target.closest('[data-print]')) {
        window.print();
    }
});
