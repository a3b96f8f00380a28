<?php
/**
 * Amazon SES payloads (the SNS Notification's Message), in the two formats SES
 * publishes: "notifications" (notificationType, set on an identity) and event
 * publishing (eventType, from a configuration set). Field names: Amazon SES
 * Developer Guide, "Amazon SNS notification contents for Amazon SES" and
 * "Contents of event data that Amazon SES publishes to Amazon SNS".
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class SesPayloads {
	public const MAIL_MESSAGE_ID = '0100019a1b2c3d4e-11111111-2222-3333-4444-555555555555-000000';
	public const FEEDBACK_ID     = '0100019a1b2c3d4f-66666666-7777-8888-9999-aaaaaaaaaaaa-000000';
	public const SOURCE          = 'news@quillcrm.example';
	public const EVENT_TIME      = '2026-11-20T19:59:58.000Z';
	public const MAIL_TIME       = '2026-11-20T19:59:50.000Z';

	/**
	 * @param list<array<string,string>> $recipients bouncedRecipients entries.
	 * @param string $format 'notificationType' or 'eventType'.
	 * @param list<string>|null $destination mail.destination (default: the sample's four).
	 */
	public static function bounce( string $type, string $sub_type, array $recipients, string $format = 'notificationType', ?array $destination = null ): string {
		return self::encode(
			array(
				$format  => 'Bounce',
				'bounce' => array(
					'feedbackId'        => self::FEEDBACK_ID,
					'bounceType'        => $type,
					'bounceSubType'     => $sub_type,
					'bouncedRecipients' => $recipients,
					'timestamp'         => self::EVENT_TIME,
					'remoteMtaIp'       => '192.0.2.25',
					'reportingMTA'      => 'dsn; a8-83.smtp-out.amazonses.com',
				),
				'mail'   => self::mail( $destination ),
			)
		);
	}

	/** The sample hard bounce: one recipient written "Name <Addr>" in mixed case. */
	public static function hard_bounce( string $format = 'notificationType' ): string {
		return self::bounce(
			'Permanent',
			'General',
			array(
				array(
					'emailAddress'   => '"Doe, Jane" <Jane.Doe@Example.COM>',
					'action'         => 'failed',
					'status'         => '5.1.1',
					'diagnosticCode' => 'smtp; 550 5.1.1 user unknown',
				),
			),
			$format
		);
	}

	public static function complaint( ?string $feedback_type, string $format = 'notificationType', ?string $sub_type = null ): string {
		$complaint = array(
			'userAgent'            => 'ExampleCorp Feedback Loop (V0.01)',
			'complainedRecipients' => array( array( 'emailAddress' => 'Bob@Example.org' ) ),
			'timestamp'            => self::EVENT_TIME,
			'feedbackId'           => self::FEEDBACK_ID,
			'arrivalDate'          => '2026-11-20T19:59:00.000Z',
		);
		if ( null !== $feedback_type ) {
			$complaint['complaintFeedbackType'] = $feedback_type;
		}
		if ( null !== $sub_type ) {
			$complaint['complaintSubType'] = $sub_type;
		}
		return self::encode( array( $format => 'Complaint', 'complaint' => $complaint, 'mail' => self::mail() ) );
	}

	public static function delivery( string $format = 'notificationType' ): string {
		return self::encode(
			array(
				$format    => 'Delivery',
				'delivery' => array(
					'timestamp'            => self::EVENT_TIME,
					'processingTimeMillis' => 546,
					'recipients'           => array( 'Carol <Carol@Example.net>' ),
					'smtpResponse'         => '250 ok:  Message 64111812 accepted',
					'reportingMTA'         => 'a8-70.smtp-out.amazonses.com',
					'remoteMtaIp'          => '192.0.2.7',
				),
				'mail'     => self::mail(),
			)
		);
	}

	/** The test message SES publishes when a topic is set on an identity. */
	public static function subscription_succeeded(): string {
		return self::encode(
			array(
				'notificationType' => 'AmazonSnsSubscriptionSucceeded',
				'message'          => 'You have successfully subscribed your Amazon SNS topic to receive Bounce notifications.',
			)
		);
	}

	/**
	 * @param list<string>|null $destination
	 * @return array<string,mixed>
	 */
	private static function mail( ?array $destination = null ): array {
		return array(
			'timestamp'   => self::MAIL_TIME,
			'messageId'   => self::MAIL_MESSAGE_ID,
			'source'      => self::SOURCE,
			'sourceArn'   => 'arn:aws:ses:us-east-1:123456789012:identity/quillcrm.example',
			'sendingAccountId' => '123456789012',
			// Everyone the mail went to: never the affected recipients.
			'destination' => $destination ?? array( 'jane.doe@example.com', 'bob@example.org', 'carol@example.net', 'bystander@example.com' ),
		);
	}

	/** @param array<string,mixed> $payload */
	private static function encode( array $payload ): string {
		return json_encode( $payload, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR );
	}
}
