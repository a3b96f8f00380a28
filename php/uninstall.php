<?php
/**
 * Uninstall: removes what this plugin created, and nothing else.
 *
 * Kept: the contacts table (`{prefix}quillcrm_contacts`, or its filtered
 * name). It holds the CRM's contacts, which other QuillCRM plugins use.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

// The classes below locate the plugin through PLUGIN_FILE; the main file may
// already be loaded in this request (it defines the same constant).
if ( ! defined( __NAMESPACE__ . '\PLUGIN_FILE' ) ) {
	define( __NAMESPACE__ . '\PLUGIN_FILE', __DIR__ . '/quillcrm-bounce.php' );
}

// The option and table names come from the classes that own them, so this
// list cannot drift from what the plugin writes. require_once: the main file
// may have loaded them already.
require_once __DIR__ . '/includes/class-database-error.php';
require_once __DIR__ . '/includes/class-schema.php';
require_once __DIR__ . '/includes/class-extension.php';
require_once __DIR__ . '/polyfill/quillcrm-sns.php';
require_once __DIR__ . '/includes/class-bounce-policy.php';
require_once __DIR__ . '/includes/class-settings.php';
require_once __DIR__ . '/includes/class-subscription.php';
require_once __DIR__ . '/includes/class-settings-page.php';
require_once __DIR__ . '/includes/class-retention.php';
require_once __DIR__ . '/includes/class-rates.php';
require_once __DIR__ . '/includes/class-queue-intake.php';
require_once __DIR__ . '/includes/class-aws-setup.php';
require_once __DIR__ . '/includes/class-aws-doctor.php';

/**
 * Removes this plugin's data from the current site.
 */
function uninstall_site(): void {
	global $wpdb;

	// Options.
	delete_option( Settings::KEY_OPTION );       // The webhook secret.
	delete_option( Settings::THRESHOLD_OPTION ); // Soft bounce threshold setting.
	delete_option( Settings::TOPICS_OPTION );    // Accepted SNS TopicArns (the pinning state).
	delete_option( Subscription::OPTION );       // Subscription state per topic.
	delete_option( Subscription::REFUSED_OPTION ); // Verified confirmations of topics not accepted.
	delete_option( Settings::POLICY_OPTION );    // Bounce policy per SES type/subtype.
	delete_option( Settings::WINDOW_OPTION );    // Soft bounce window (days).
	delete_option( Settings::COMPLAINT_ACTION_OPTION );  // What a complaint does.
	delete_option( Settings::SIGNATURE_VERSION_OPTION ); // Lowest SignatureVersion accepted.
	delete_option( Settings::SIGNATURE_V2_SEEN_OPTION ); // When a version-2 message was first verified.
	delete_option( Settings::LAST_NOTIFICATION_OPTION ); // When a notification last arrived.
	delete_option( Settings::LOG_RETENTION_OPTION );   // Days of log and history kept.
	delete_option( Settings::RATE_SAMPLE_OPTION );     // Sends the rates are estimated over.
	delete_option( Settings::BOUNCE_ALERT_OPTION );    // Bounce rate alert threshold.
	delete_option( Settings::COMPLAINT_ALERT_OPTION ); // Complaint rate alert threshold.
	delete_option( Settings::HASH_KEY_OPTION );        // Secret of the suppression markers' hashes.
	delete_option( Settings::INTAKE_OPTION );          // Webhook or SQS queue intake.
	delete_option( Settings::QUEUE_URL_OPTION );       // The SQS queue URL.
	delete_option( Settings::QUEUE_SITE_OPTION );      // The site the queue intake was saved on.
	delete_option( Schema::REPAIR_OPTION );           // A schema repair the next admin request runs.
	delete_option( QueueIntake::STATUS_OPTION );       // The queue worker's last results.
	delete_option( AwsSetup::OPTION );                 // What "Set up in AWS" is for (region, topic, identity...).
	delete_option( AwsDoctor::RESULTS_OPTION );        // The AWS checks' last results.
	delete_option( Rates::STATUS_OPTION );             // The last rate check's alerts.
	delete_option( Rates::MAILED_OPTION );             // When the last rate alert email was sent.
	delete_option( Schema::VERSION_OPTION );     // Schema version of the tables below.
	delete_option( Extension::IMPLEMENTATION_OPTION ); // Which implementation last answered.
	delete_option( Extension::LOSS_MAIL_OPTION ); // An email about it, due.
	delete_option( Extension::LOSS_MAIL_SENT_OPTION ); // When the last one went out.
	delete_option( \QuillCRM\Sns\Polyfill\CertificateCache::OPTION ); // The fallback's verified certificates.

	// Short-lived notices of the settings page (rejected topic lines, and
	// the last "Set up in AWS" checklist, per user).
	foreach ( array( SettingsPage::REJECTED_TRANSIENT_PREFIX, AwsSetup::RESULT_TRANSIENT_PREFIX ) as $prefix ) {
		$wpdb->query(
			$wpdb->prepare(
				"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
				$wpdb->esc_like( '_transient_' . $prefix ) . '%',
				$wpdb->esc_like( '_transient_timeout_' . $prefix ) . '%'
			)
		);
	}

	// The daily prune of the tables below, the hourly rate check, and the
	// queue worker's one-minute WP-Cron fallback.
	wp_clear_scheduled_hook( Retention::CRON_HOOK );
	wp_clear_scheduled_hook( Rates::CRON_HOOK );
	wp_clear_scheduled_hook( QueueIntake::CRON_HOOK );

	// Tables: {prefix}quillcrm_bounce_events (delivery log),
	// {prefix}quillcrm_bounce_dedup (exactly-once keys) and
	// {prefix}quillcrm_bounce_counters (counters) and
	// {prefix}quillcrm_bounce_contact_states (the plugin's state of each
	// contact), {prefix}quillcrm_bounce_recipient_events (history by
	// address), {prefix}quillcrm_bounce_audit (reactivations) and
	// {prefix}quillcrm_bounce_suppressions (markers of erased addresses).
	// Not the contacts.
	Schema::drop_own_tables();
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $quillcrm_site_id ) {
		switch_to_blog( (int) $quillcrm_site_id );
		uninstall_site();
		restore_current_blog();
	}
	// The extension's record is each network's (Extension::record()).
	foreach ( get_networks( array( 'fields' => 'ids', 'number' => 0 ) ) as $quillcrm_network_id ) {
		foreach ( array( Extension::IMPLEMENTATION_OPTION, Extension::LOSS_MAIL_OPTION, Extension::LOSS_MAIL_SENT_OPTION ) as $quillcrm_option ) {
			delete_network_option( (int) $quillcrm_network_id, $quillcrm_option );
		}
	}
} else {
	uninstall_site();
}

// wp-content/db-error.php, only when a version before 3 of this plugin wrote it.
Schema::remove_legacy_drop_in();
