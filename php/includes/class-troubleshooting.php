<?php
/**
 * The fix for each thing that can go wrong, as shown on the settings page.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Maps the stable error codes of the extension and of the plugin to one
 * sentence telling the admin what to do. This is the one place for that
 * advice: the extension's own `detail` says what happened, never what to
 * click.
 */
final class Troubleshooting {

	/**
	 * The fix for an error code, '' when there is nothing to do.
	 *
	 * @param string|null $error Error code from the log.
	 */
	public static function fix( ?string $error ): string {
		switch ( (string) $error ) {
			case '':
				return '';
			case 'invalid_key':
				return __( 'If these come from Amazon SNS, a subscription still posts to an old webhook URL (the key was regenerated, or the URL mistyped): subscribe the URL shown on this page and delete the old subscription.', 'quillcrm-bounce' );
			case 'raw_message_delivery':
				return __( 'Turn Raw message delivery off on the SNS subscription (SNS console → Subscriptions → Edit).', 'quillcrm-bounce' );
			case 'queue_needs_extension':
				return __( 'The Amazon SQS queue intake needs the quillcrm_sns PHP extension (the plain-PHP fallback does not include the AWS client): install it (./build.sh install) and restart PHP, or switch the intake back to the HTTPS webhook.', 'quillcrm-bounce' );
			case 'queue_lock_lost':
				return __( 'The database connection dropped during a worker run (a database restart, or an idle connection the server closed): that run stopped and the next one goes on. Nothing is lost; if it happens often, check the database server\'s wait_timeout and restarts.', 'quillcrm-bounce' );
			case 'queue_no_topic':
				return __( 'No SNS topic is accepted yet, so nothing is taken from the queue (a queued message cannot confirm a subscription here): add your topic\'s TopicArn under Accepted topics. The messages wait in the queue meanwhile.', 'quillcrm-bounce' );
			case 'invalid_queue_url':
				return __( 'Enter the URL of a standard queue (not FIFO: the SNS topics SES publishes to cannot send to one) exactly as the SQS console shows it: https://sqs.<region>.amazonaws.com/<account>/<queue name>.', 'quillcrm-bounce' );
			case 'queue_used_by_other_site':
				return __( 'Another site of this network already takes its messages from that queue, and an SQS message goes to one consumer only: give each site a queue of its own ("Set up in AWS" on this site creates one).', 'quillcrm-bounce' );
			case 'aws_no_credentials':
				return __( 'Give the site AWS credentials: define QUILLCRM_AWS_ACCESS_KEY_ID and QUILLCRM_AWS_SECRET_ACCESS_KEY in wp-config.php, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in PHP-FPM\'s pool (env[AWS_ACCESS_KEY_ID] = ...), or run on an EC2 instance with an instance role.', 'quillcrm-bounce' );
			case 'aws_bad_credentials':
				return self::bad_credentials() . ' ' . __( 'Nothing is taken from the queue meanwhile.', 'quillcrm-bounce' );
			case 'aws_access_denied':
				return __( 'The credentials may not use this queue: allow sqs:ReceiveMessage, sqs:DeleteMessage, sqs:ChangeMessageVisibility and sqs:GetQueueAttributes on it (in the IAM policy of the user or role, and in the queue policy if it has one; for a queue encrypted with KMS, kms:Decrypt too).', 'quillcrm-bounce' );
			case 'aws_queue_not_found':
				return __( 'The queue does not exist in that account and region: check the queue URL, and that the credentials belong to the queue\'s account.', 'quillcrm-bounce' );
			case 'aws_clock_skewed':
				return __( 'This server\'s clock is wrong, so AWS refuses its signatures: keep the clock synchronised (NTP).', 'quillcrm-bounce' );
			case 'aws_throttled':
			case 'aws_unavailable':
			case 'aws_unreachable':
			case 'aws_bad_answer':
				return __( 'Amazon SQS could not be used just now; the worker tries again on its next run and nothing is lost (messages stay in the queue). If this lasts, check outgoing HTTPS from this server (firewall, proxy, DNS).', 'quillcrm-bounce' );
			case 'aws_request_rejected':
				return __( 'Amazon SQS refused the request: check the queue URL and the queue\'s settings.', 'quillcrm-bounce' );
			// "Set up in AWS" and the doctor (AwsSetup, AwsDoctor).
			case 'aws_needs_extension':
				return __( 'Setting up and checking the AWS side needs the quillcrm_sns PHP extension (the plain-PHP fallback has no AWS client): install it (./build.sh install) and restart PHP.', 'quillcrm-bounce' );
			case 'invalid_region':
				return __( 'Enter an AWS region as AWS writes it, e.g. eu-central-1.', 'quillcrm-bounce' );
			case 'invalid_topic':
				return __( 'Enter an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>) or a topic name of letters, digits, - and _.', 'quillcrm-bounce' );
			case 'invalid_queue_name':
				return __( 'Enter a queue name of 1 to 80 letters, digits, - and _.', 'quillcrm-bounce' );
			case 'invalid_identity':
				return __( 'Enter the SES identity as SES shows it: a domain (example.com) or an address (news@example.com).', 'quillcrm-bounce' );
			case 'invalid_configuration_set':
				return __( 'Enter the configuration set\'s name as SES shows it (letters, digits, - and _), or leave it empty.', 'quillcrm-bounce' );
			case 'topic_not_found':
				return __( 'That topic does not exist in that account and region: check the ARN, or enter a name to have the topic created.', 'quillcrm-bounce' );
			case 'queue_kms_aws_managed':
				return __( 'Encrypt the queue with SSE-SQS (Amazon SQS key) or with a customer managed KMS key whose key policy lets sns.amazonaws.com use it (kms:GenerateDataKey, kms:Decrypt); AWS\'s managed key alias/aws/sqs cannot be used by SNS.', 'quillcrm-bounce' );
			case 'queue_policy_denies':
				return __( 'Remove or narrow the statement of the queue\'s access policy that denies sqs:SendMessage to SNS (SQS console → the queue → Access policy), then run Set up in AWS again: an explicit deny wins over any allow.', 'quillcrm-bounce' );
			case 'queue_policy_missing':
				return __( 'Run "Set up in AWS" on the Bounce Handling page (it adds a statement letting the topic send, aws:SourceArn condition), or add one to the queue\'s access policy by hand. If a statement of the policy denies the topic, remove or narrow it first: Set up in AWS leaves such a policy as it is.', 'quillcrm-bounce' );
			case 'queue_retention_short':
				return __( 'Set the queue\'s message retention period to 14 days (1,209,600 seconds), the most SQS allows: run "Set up in AWS", or edit the queue in the SQS console.', 'quillcrm-bounce' );
			case 'subscription_topic_shared':
				return __( 'Give each site a topic of its own: run "Set up in AWS" with a topic name no other site uses (and point the SES identity this site sends from at it). Delete a subscription of an old webhook URL of this site in the SNS console (Topics → the topic → Subscriptions).', 'quillcrm-bounce' );
			case 'subscription_missing':
				return __( 'Run "Set up in AWS" on the Bounce Handling page, or subscribe this site\'s queue or webhook URL to the topic (Raw message delivery off).', 'quillcrm-bounce' );
			case 'subscription_pending':
				return 'sqs' === Settings::intake() ? self::pending_queue_confirmation() : self::pending_confirmation();
			case 'subscription_raw_delivery':
				return self::fix( 'raw_message_delivery' );
			case 'subscription_delivery_policy':
				return __( 'Run "Set up in AWS", or set the delivery policy shown on the Bounce Handling page on the subscription.', 'quillcrm-bounce' );
			case 'subscription_no_dead_letter_queue':
				return __( 'Give the subscription a dead-letter queue (SNS console → Subscriptions → Edit → Redrive policy): what SNS gives up on is kept there, up to 14 days, instead of dropped.', 'quillcrm-bounce' );
			case 'identity_topic_missing':
			case 'identity_topic_elsewhere':
			case 'identity_not_configured':
				return __( 'Run "Set up in AWS" with the SES identity you send from, or in the SES console open the identity → Notifications and set its Bounce and Complaint feedback to the topic.', 'quillcrm-bounce' );
			case 'identity_feedback_forwarding':
				return __( 'Run "Set up in AWS", or in the SES console open the identity → Notifications → Email feedback forwarding and turn it off: the topic already carries every bounce and complaint.', 'quillcrm-bounce' );
			case 'configuration_set_no_destination':
			case 'configuration_set_destination_disabled':
			case 'configuration_set_missing_events':
				return __( 'Run "Set up in AWS" with the configuration set, or in the SES console give the configuration set an enabled SNS event destination for Bounce and Complaint events to the topic.', 'quillcrm-bounce' );
			case 'ses_rates_at_review_level':
			case 'ses_rates_at_pause_level':
				return __( 'Amazon SES reviews an account at these rates and can pause its sending: stop mailing bounced and complaining contacts, check how the list was collected, and see Reputation metrics in the SES console.', 'quillcrm-bounce' );
			case 'queue_database_unavailable':
				return __( 'The database failed while the worker was taking messages from the queue: check the database server. Nothing is lost: a message is deleted from the queue only after its change was committed, so the others come back to the next run.', 'quillcrm-bounce' );
			case 'queue_dead_lettered':
				return sprintf(
					/* translators: %s: a duration (14 days). */
					__( 'Find why those messages failed in the delivery log on the Bounce Handling page (a database or certificate host error) and fix it, then move them back to the queue: in the SQS console open the dead-letter queue and choose "Start DLQ redrive". Nothing of them was applied, and the site applies each once when it comes back. A higher maxReceiveCount in the queue\'s redrive policy gives a failure more time; this notice stays for %s, the longest SQS keeps a message.', 'quillcrm-bounce' ),
					self::duration( QueueIntake::DEAD_LETTER_SHOWN )
				);
			case 'queue_worker_silent':
				return __( 'No worker has taken messages from the queue lately: add the cron line shown on the Bounce Handling page to the system crontab (or make sure WP-Cron runs, which needs visitors).', 'quillcrm-bounce' );
			case 'topic_not_allowed':
				return __( 'The delivery came from a topic that is not accepted (or no topic is accepted yet): accept its TopicArn on this page if it is yours.', 'quillcrm-bounce' );
			case 'signature_version_not_allowed':
				return __( 'The topic still signs with SignatureVersion 1. Set its SignatureVersion attribute to 2 (aws sns set-topic-attributes --topic-arn <TopicArn> --attribute-name SignatureVersion --attribute-value 2), or allow version 1 again on this page. SNS does not retry these: the refused messages are lost.', 'quillcrm-bounce' );
			case 'settings_unreadable':
				return __( 'The Accepted topics setting could not be read, so no topic was accepted: enter the topic ARNs on this page (or tick "Accept no topic") and save.', 'quillcrm-bounce' ) . ' ' . self::retried();
			case 'stale_message':
				return __( 'The message is older than the replay window or the server clock is wrong: check that this server keeps time (NTP).', 'quillcrm-bounce' );
			case 'confirmation_refused':
				return sprintf(
					/* translators: %s: a duration (3 days). */
					__( 'Amazon SNS no longer accepts this confirmation (its token is valid for %s, or the subscription was deleted): in the SNS console choose the subscription and "Request confirmation", or subscribe again.', 'quillcrm-bounce' ),
					self::duration( Subscription::TOKEN_LIFETIME )
				);
			case 'cert_unavailable':
			case 'confirmation_failed':
				return __( 'This server could not reach Amazon SNS over HTTPS. Check outgoing HTTPS (firewall, proxy, DNS).', 'quillcrm-bounce' ) . ' ' . self::retried();
			case 'invalid_signature':
			case 'invalid_certificate':
			case 'invalid_cert_url':
			case 'unsupported_signature_version':
			case 'invalid_subscribe_url':
			case 'header_mismatch':
				return __( 'The delivery did not come from Amazon SNS as sent, and was refused; no action is needed unless this repeats for your own topic.', 'quillcrm-bounce' );
			case 'malformed_body':
			case 'missing_field':
			case 'unsupported_type':
				return __( 'The request was not an Amazon SNS HTTP/S delivery; make sure the subscription protocol is HTTPS and Raw message delivery is off.', 'quillcrm-bounce' );
			case 'body_too_large':
				return __( 'The request body was larger than any SNS delivery; it did not come from Amazon SNS.', 'quillcrm-bounce' );
			case 'extension_missing':
			case 'extension_error':
				return __( 'Install the quillcrm_sns PHP extension (./build.sh install), or PHP\'s openssl and curl extensions for the plugin\'s plain-PHP fallback, and restart PHP.', 'quillcrm-bounce' ) . ' ' . self::retried();
			case 'fallback_in_use':
				return __( 'Build and load the quillcrm_sns PHP extension for this PHP (./build.sh install from the plugin\'s source, then restart PHP); the Verification section of the Bounce Handling page says where it goes. Until then the fallback applies the same rules, more slowly.', 'quillcrm-bounce' );
			case 'rate_alert':
				return __( 'Find the cause on QuillCRM → Bounces (the newest hard bounces and complaints, and which list or form they came from), stop mailing what bounces or complains, and check how those addresses were collected. AWS reviews, and may pause, an account whose rates stay high; the alert is checked hourly and clears when the rate over the last sends is back below your level.', 'quillcrm-bounce' );
			case 'queue_site_moved':
				return __( 'A copy of a site (staging, a clone) must not drain the queue of the site it was copied from: it would apply that site\'s bounces to its own database and delete them. On a copy, switch the intake to the HTTPS webhook (or to a queue of its own). If this site moved to its new address for good, save the intake on the Bounce Handling page again to take the queue here.', 'quillcrm-bounce' );
			case 'rate_check_overdue':
				return __( 'WordPress runs its scheduled events (WP-Cron) only when the site is visited, and not at all with DISABLE_WP_CRON set: make sure a system cron job calls wp-cron.php, or leave WP-Cron on. Visiting any wp-admin page as an administrator schedules the check again if its event went missing.', 'quillcrm-bounce' );
			case 'php_fatal_error':
				return __( 'A PHP fatal error ended the delivery: the PHP error log (wp-content/debug.log with WP_DEBUG_LOG on) names the file and the line, often another plugin listening to the bounce actions or a low memory_limit. What was already applied is not applied twice.', 'quillcrm-bounce' ) . ' ' . self::retried();
			case 'database_error':
			case 'database_unavailable':
				return __( 'The database was unavailable; the delivery was not applied. Check the database server.', 'quillcrm-bounce' ) . ' ' . self::retried();
			case 'schema_missing':
				return __( 'A table or column of the plugin is missing: open any wp-admin page as an administrator, which runs the schema upgrade, or deactivate and activate the plugin on the Plugins screen; either creates its missing tables and columns again. If it stays, the database user needs the CREATE and ALTER privileges.', 'quillcrm-bounce' );
			case 'method_not_allowed':
				return __( 'Someone opened the webhook URL in a browser; SNS always POSTs. No action is needed.', 'quillcrm-bounce' );
			case 'unknown_provider':
				return __( 'The URL names another provider; copy the webhook URL again from this page.', 'quillcrm-bounce' );
			case 'test_trust_on':
				return __( 'Remove the quillcrm_sns.test_ca_file, quillcrm_sns.test_resolve and quillcrm_sns.test_imds_endpoint lines from php.ini and restart PHP.', 'quillcrm-bounce' );
			case 'not_subscribed':
				return __( 'In Amazon SNS, subscribe the webhook URL shown on QuillCRM → Settings → SMTP → Bounce Handling to the topic your SES identity notifies (protocol HTTPS, Raw message delivery off). SNS must reach it over HTTPS from the internet: valid certificate, no login, no firewall, no maintenance mode.', 'quillcrm-bounce' );
			case 'unsubscribed':
				return __( 'The SNS subscription was deleted: subscribe the webhook URL shown on QuillCRM → Settings → SMTP → Bounce Handling to the topic again.', 'quillcrm-bounce' );
			case 'no_recent_notifications':
				return __( 'Check in Amazon SES that the sending identity still sends its Bounce, Complaint and Delivery notifications to the subscribed SNS topic, and in Amazon SNS that the HTTPS subscription to this site is confirmed and its deliveries succeed (SNS → Topics → the topic → Subscriptions; CloudWatch metric NumberOfNotificationsFailed).', 'quillcrm-bounce' );
			case 'no_delivery_notifications':
				return self::no_delivery_notifications();
			case 'table_missing':
				return __( 'Deactivate and activate the plugin on the Plugins screen: activation creates every missing table again (the contacts table only when QuillCRM has none).', 'quillcrm-bounce' );
			case 'table_not_innodb':
				return __( 'Convert the table with ALTER TABLE … ENGINE=InnoDB: without transactions deliveries cannot be applied exactly once.', 'quillcrm-bounce' );
			case 'cache_not_private':
				return __( 'Make the directory of quillcrm_sns.cache_dir a real directory (not a link) owned by the PHP user with mode 0700 (for example: chown www-data: DIR && chmod 700 DIR), or set quillcrm_sns.cache_dir to an empty value. While it is a link, belongs to someone else or is open to other users the extension does not use it and fetches the certificate again in each PHP process (a missing directory is created 0700 at the next fetch).', 'quillcrm-bounce' );
			case 'reactivate_complained':
				return __( 'The owner of this address complained: they reported your mail as spam. Mailing them again hurts your sender reputation and your complaint rate; reactivate only with their explicit consent.', 'quillcrm-bounce' );
			case 'Permanent/OnAccountSuppressionList':
			case 'Complaint/OnAccountSuppressionList':
				return __( 'Amazon SES itself suppressed this address: it is on your account-level suppression list, and SES drops every mail to it until it is removed there, whatever its status here. Remove it in the Amazon SES console (Configuration → Suppression list → select the address → Remove), or with the AWS CLI: aws sesv2 delete-suppressed-destination --email-address followed by the address.', 'quillcrm-bounce' );
			case 'Permanent/Suppressed':
				return __( 'Amazon SES itself suppressed this address: it is on the SES global suppression list, which SES keeps for addresses that bounced recently at many senders. SES drops mail to it until it leaves that list on its own; no one can remove it earlier.', 'quillcrm-bounce' );
		}
		return __( 'See the detail.', 'quillcrm-bounce' ) . ' ' . self::retried();
	}

	/**
	 * What becomes of a delivery that failed with a 5xx, by intake: SNS
	 * retries the webhook's; a queued message stays in the queue.
	 */
	private static function retried(): string {
		return 'sqs' === Settings::intake()
			? __( 'A message taken from the queue that failed like this stays there and comes back after its visibility timeout, later each time it fails again (a queue with a redrive policy moves it to its dead-letter queue after maxReceiveCount receives, and the page says so); Amazon SNS retries a webhook delivery answered with a 5xx (by default 3 times in one minute, then it drops it).', 'quillcrm-bounce' )
			: __( 'Amazon SNS retries a delivery answered with a 5xx (by default 3 times in one minute, then it drops it).', 'quillcrm-bounce' );
	}

	/**
	 * The fix for a failed setup step or AWS check: a denial names the IAM
	 * action to allow; AWS being unavailable passes by itself.
	 *
	 * @param string      $error      Error code.
	 * @param string|null $iam_action The IAM action AWS denied, when known.
	 */
	public static function aws_fix( string $error, ?string $iam_action ): string {
		switch ( $error ) {
			case 'aws_access_denied':
				if ( null !== $iam_action && '' !== $iam_action ) {
					/* translators: %s: an IAM action, e.g. sns:CreateTopic. */
					return sprintf( __( 'Allow the IAM action %s to these credentials (the minimal policies are in the plugin\'s README), then run it again.', 'quillcrm-bounce' ), $iam_action );
				}
				return __( 'Allow these credentials the actions listed in the plugin\'s README (its minimal IAM policies), then run it again.', 'quillcrm-bounce' );
			case 'aws_bad_credentials':
				return self::bad_credentials();
			case 'aws_throttled':
			case 'aws_unavailable':
			case 'aws_unreachable':
			case 'aws_bad_answer':
				return __( 'AWS could not be used just now: run it again in a minute. If this lasts, check outgoing HTTPS from this server (firewall, proxy, DNS).', 'quillcrm-bounce' );
			case 'aws_request_rejected':
				return __( 'AWS refused the request: check the region, the topic and the identity entered.', 'quillcrm-bounce' );
		}
		return self::fix( $error );
	}

	/**
	 * What to check when AWS does not accept the credentials (the queue
	 * worker's fix and the setup's).
	 */
	private static function bad_credentials(): string {
		return __( 'AWS did not accept the access key: check QUILLCRM_AWS_ACCESS_KEY_ID and QUILLCRM_AWS_SECRET_ACCESS_KEY (or the AWS_* variables), and that the key is active in IAM and, for temporary credentials, not expired.', 'quillcrm-bounce' );
	}

	/**
	 * Fix while no subscription is confirmed.
	 */
	public static function pending_confirmation(): string {
		return __( 'Pending confirmation: SNS must be able to reach the webhook URL over HTTPS from the internet (valid certificate, no login, no firewall, no maintenance mode). Subscribe the URL, then check the deliveries below.', 'quillcrm-bounce' );
	}

	/**
	 * Fix while the queue's subscription waits for confirmation.
	 */
	public static function pending_queue_confirmation(): string {
		return __( 'The queue\'s subscription waits for confirmation: SNS put the confirmation message in the queue, and the worker confirms it when it takes it, if its topic is accepted on this page. If it stays pending, make sure the worker runs (the cron line on this page) and the topic is accepted, or subscribe the queue from the AWS account that owns it, as "Set up in AWS" does (no confirmation is needed then).', 'quillcrm-bounce' );
	}

	/**
	 * Fix when confirmed but no notification ever arrived.
	 */
	public static function no_notifications(): string {
		return __( 'No bounces arriving: in Amazon SES, open the sending identity (domain or address) → Notifications, and set the Bounce and Complaint (and optionally Delivery) feedback notifications to the subscribed SNS topic.', 'quillcrm-bounce' );
	}

	/**
	 * A duration as the admin sentences say it: whole days from two days
	 * on, else whole hours, else minutes ("30 days", "24 hours", "10
	 * minutes"), from the constant that holds it.
	 *
	 * @param int $seconds The duration.
	 */
	public static function duration( int $seconds ): string {
		if ( $seconds >= 2 * DAY_IN_SECONDS && 0 === $seconds % DAY_IN_SECONDS ) {
			$days = intdiv( $seconds, DAY_IN_SECONDS );
			/* translators: %s: a number of days. */
			return sprintf( _n( '%s day', '%s days', $days, 'quillcrm-bounce' ), number_format_i18n( $days ) );
		}
		if ( 0 === $seconds % HOUR_IN_SECONDS ) {
			$hours = intdiv( $seconds, HOUR_IN_SECONDS );
			/* translators: %s: a number of hours. */
			return sprintf( _n( '%s hour', '%s hours', $hours, 'quillcrm-bounce' ), number_format_i18n( $hours ) );
		}
		$minutes = max( 1, intdiv( $seconds, MINUTE_IN_SECONDS ) );
		/* translators: %s: a number of minutes. */
		return sprintf( _n( '%s minute', '%s minutes', $minutes, 'quillcrm-bounce' ), number_format_i18n( $minutes ) );
	}

	/**
	 * Why soft bounces cannot be reset without Delivery notifications.
	 */
	public static function no_delivery_notifications(): string {
		return sprintf(
			/* translators: %s: a duration (30 days). */
			__( 'No Delivery notification has been received in the last %s, so a successful delivery can never reset a contact\'s soft bounces: contacts are marked bounced after the threshold even when mail to them gets through in between. In Amazon SES, open the sending identity → Notifications and set Delivery feedback notifications to the same SNS topic (they come once per mail sent; the recommended delivery policy on the Bounce Handling page limits how fast SNS sends them).', 'quillcrm-bounce' ),
			self::duration( Rates::DELIVERY_SILENCE )
		);
	}

	/**
	 * Why SignatureVersion 2 cannot be required yet.
	 */
	public static function signature_version_2(): string {
		return __( 'Requiring SignatureVersion 2 (SHA256) is offered once a version-2 message from an accepted topic has been verified here. SNS topics sign with version 1 until their SignatureVersion attribute is set to 2: aws sns set-topic-attributes --topic-arn <TopicArn> --attribute-name SignatureVersion --attribute-value 2', 'quillcrm-bounce' );
	}

	/**
	 * A kept SubscriptionConfirmation whose token is no longer valid.
	 */
	public static function confirmation_expired(): string {
		return sprintf(
			/* translators: %s: a duration (3 days). */
			__( 'Its confirmation token has expired (SNS tokens are valid for %s): in the SNS console, open the subscription and choose "Request confirmation", then accept it here.', 'quillcrm-bounce' ),
			self::duration( Subscription::TOKEN_LIFETIME )
		);
	}
}
