// Hostile emitter: never exits (the probe must end it at the timeout).
setInterval(() => undefined, 1000);
