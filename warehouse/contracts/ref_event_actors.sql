SELECT ea.event_id, ea.position
FROM core.event_actors AS ea
ANTI JOIN core.events AS e ON e.event_id = ea.event_id;
