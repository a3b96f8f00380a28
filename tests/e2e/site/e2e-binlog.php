<?php
/**
 * Test site only (copied into wp-content/mu-plugins/ by tests/e2e/stack.sh):
 * while the option `e2e_statement_binlog` is set, every request's database
 * connection writes a statement-based binary log, as on a server configured
 * with binlog_format=STATEMENT (which refuses writes under READ COMMITTED).
 */
add_action(
	'muplugins_loaded',
	static function () {
		global $wpdb;
		if ( get_option( 'e2e_statement_binlog' ) ) {
			$wpdb->query( "SET SESSION binlog_format = 'STATEMENT'" );
		}
	}
);
