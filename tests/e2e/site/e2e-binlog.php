<?php
/**
 * Test site only (copied into wp-content/mu-plugins/ by tests/e2e/stack.sh):
 * while the file wp-content/e2e-statement-binlog exists, every request's
 * database connection writes a statement-based binary log, as on a server
 * configured with binlog_format=STATEMENT (which refuses writes under READ
 * COMMITTED). A file, not an option: a missing option would cost every
 * request of the benchmark a query.
 */
add_action(
	'muplugins_loaded',
	static function () {
		global $wpdb;
		if ( is_file( WP_CONTENT_DIR . '/e2e-statement-binlog' ) ) {
			$wpdb->query( "SET SESSION binlog_format = 'STATEMENT'" );
		}
	}
);
