<?php
/**
 * Test site only (copied into wp-content/mu-plugins/ by tests/e2e/stack.sh):
 * records the calls of the plugin's actions that a test must see fired, in
 * the option `e2e_hook_calls` (a list of {hook, args}), so that a test can
 * read what a listener such as the CRM would have received.
 */
foreach ( array( 'quillcrm_bounce_contact_reactivated', 'quillcrm_bounce_rate_alert' ) as $e2e_hook ) {
	add_action(
		$e2e_hook,
		static function ( ...$args ) use ( $e2e_hook ) {
			$calls   = get_option( 'e2e_hook_calls', array() );
			$calls[] = array(
				'hook' => $e2e_hook,
				'args' => $args,
			);
			update_option( 'e2e_hook_calls', $calls, false );
		},
		10,
		4
	);
}

/*
 * While the file wp-content/e2e-contact-actions exists, each contact action
 * appends a JSON line to it: the hook, the address, and the contact's row as
 * a second database connection reads it then (what is committed). The file
 * is checked inside the listener, so other requests pay nothing.
 */
foreach ( array( 'hard_bounced', 'soft_bounced', 'soft_converted_to_hard', 'complained', 'unsubscribed' ) as $e2e_action ) {
	add_action(
		'quillcrm_bounce_contact_' . $e2e_action,
		static function ( $email, $event ) use ( $e2e_action ) {
			$file = WP_CONTENT_DIR . '/e2e-contact-actions';
			if ( ! is_file( $file ) ) {
				return;
			}
			global $wpdb;
			$other = new wpdb( DB_USER, DB_PASSWORD, DB_NAME, DB_HOST );
			$row   = $other->get_row( $other->prepare( "SELECT status, soft_bounce_count FROM {$wpdb->prefix}quillcrm_contacts WHERE id = %d", $event['contact_id'] ), ARRAY_A );
			$other->close();
			file_put_contents(
				$file,
				wp_json_encode(
					array(
						'action'    => $e2e_action,
						'email'     => $email,
						'committed' => $row,
					)
				) . "\n",
				FILE_APPEND | LOCK_EX
			);
		},
		10,
		2
	);
}
