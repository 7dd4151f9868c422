// The console works without script; this only adds comfort, and lives in a file because the pages' CSP allows no inline script.
document.addEventListener('submit', (event) => {
    // A long-running form (the special inspection) shows its progress note while the server works.
    const note = event.target.closest('[data-shows-progress]')?.querySelector('[role=status]');
    if (note) {
        note.hidden = false;
    }
});
