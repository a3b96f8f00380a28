<?php
/**
 * Amazon SES notification payloads (the SNS "Message"), in SES's classic
 * `notificationType` format, modelled on the samples in
 * ../shared/fixtures/ses-samples/ (real SES output: 01 Permanent/General
 * 5.1.1, 03 Transient/General 4.4.7, 04 Delivery; 06 Undetermined) and
 * built fresh for each test so every feedbackId and messageId is unique.
 */

declare(strict_types=1);

namespace QuillCRM\E2E;

final class SesPayload {
	public const SOURCE       = 'news@quillcrm.example';
	public const ACCOUNT      = '123456789012';
	public const SOURCE_ARN   = 'arn:aws:ses:us-east-1:123456789012:identity/quillcrm.example';
	public const REPORTING_MTA = 'dns; a48-30.smtp-out.amazonses.com';

	/** A hard bounce: Permanent/General, 5.1.1 user unknown. */
	public static function permanent_bounce( string $email, ?string $feedback_id = null ): string {
		return self::bounce( 'Permanent', 'General', $email, '5.1.1', 'smtp; 550 5.1.1 user unknown', $feedback_id );
	}

	/** A soft bounce: Transient/MailboxFull, 4.2.2. */
	public static function transient_bounce( string $email, ?string $feedback_id = null ): string {
		return self::bounce( 'Transient', 'MailboxFull', $email, '4.2.2', 'smtp; 452 4.2.2 Mailbox full', $feedback_id );
	}

	/** A soft bounce as SES words an expired message: Transient/General, 4.4.7. */
	public static function expired_bounce( string $email, ?string $feedback_id = null ): string {
		return self::bounce( 'Transient', 'General', $email, '4.4.7', 'smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for example.test>', $feedback_id );
	}

	/** Undetermined/Undetermined (classified soft). */
	public static function undetermined_bounce( string $email, ?string $feedback_id = null ): string {
		return self::bounce( 'Undetermined', 'Undetermined', $email, null, null, $feedback_id );
	}

	/**
	 * @param list<string>|string $emails
	 */
	public static function bounce( string $type, string $sub_type, $emails, ?string $status, ?string $diagnostic, ?string $feedback_id = null ): string {
		$recipients = array();
		foreach ( (array) $emails as $email ) {
			$r = array( 'emailAddress' => $email );
			if ( null !== $status ) {
				$r['action']         = 'failed';
				$r['status']         = $status;
				$r['diagnosticCode'] = $diagnostic;
			}
			$recipients[] = $r;
		}
		$now     = self::ses_time( -1 );
		$payload = array(
			'notificationType' => 'Bounce',
			'bounce'           => array(
				'feedbackId'        => $feedback_id ?? self::feedback_id(),
				'bounceType'        => $type,
				'bounceSubType'     => $sub_type,
				'bouncedRecipients' => $recipients,
				'timestamp'         => $now,
				'remoteMtaIp'       => '192.0.2.25',
				'reportingMTA'      => self::REPORTING_MTA,
			),
			'mail'             => self::mail( (array) $emails ),
		);
		return self::json( $payload );
	}

	/** A complaint (feedback type "abuse" unless given; complaintSubType null unless given). */
	public static function complaint( string $email, string $feedback_type = 'abuse', ?string $feedback_id = null, ?string $sub_type = null ): string {
		$payload = array(
			'notificationType' => 'Complaint',
			'complaint'        => array(
				'feedbackId'            => $feedback_id ?? self::feedback_id(),
				'complaintSubType'      => $sub_type,
				'complainedRecipients'  => array( array( 'emailAddress' => $email ) ),
				'timestamp'             => self::ses_time( -1 ),
				'userAgent'             => 'Yahoo!-Mail-Feedback/2.0',
				'complaintFeedbackType' => $feedback_type,
				'arrivalDate'           => self::ses_time( -2 ),
			),
			'mail'             => self::mail( array( $email ) ),
		);
		return self::json( $payload );
	}

	/** A successful delivery to $email. */
	public static function delivery( string $email ): string {
		$payload = array(
			'notificationType' => 'Delivery',
			'mail'             => self::mail( array( $email ) ),
			'delivery'         => array(
				'timestamp'            => self::ses_time( -1 ),
				'processingTimeMillis' => 776,
				'recipients'           => array( $email ),
				'smtpResponse'         => '250 2.0.0 OK 1465804110 j9si23135072wjt.128 - gsmtp',
				'remoteMtaIp'          => '192.0.2.26',
				'reportingMTA'         => 'a7-31.smtp-out.us-east-1.amazonses.com',
			),
		);
		return self::json( $payload );
	}

	/** $json with its mail sent at $unix (`mail.timestamp`, what orders soft bounces and deliveries). */
	public static function sent_at( string $json, float $unix ): string {
		return self::with_mail( $json, 'timestamp', SnsSigner::timestamp( $unix ) );
	}

	/**
	 * $json with `mail.<field>` replaced.
	 *
	 * @param mixed $value
	 */
	public static function with_mail( string $json, string $field, $value ): string {
		$payload                   = json_decode( $json, true, 64, JSON_THROW_ON_ERROR );
		$payload['mail'][ $field ] = $value;
		return self::json( $payload );
	}

	/** SES's feedback id shape: 16 hex, a UUID, "-000000". */
	public static function feedback_id(): string {
		return bin2hex( random_bytes( 8 ) ) . '-' . SnsSigner::uuid() . '-000000';
	}

	/**
	 * @param list<string> $destination
	 * @return array<string,mixed>
	 */
	private static function mail( array $destination ): array {
		$message_id = bin2hex( random_bytes( 8 ) ) . '-' . SnsSigner::uuid() . '-000000';
		return array(
			'timestamp'        => self::ses_time( -3 ),
			'source'           => 'QuillCRM News <' . self::SOURCE . '>',
			'sourceArn'        => self::SOURCE_ARN,
			'sourceIp'         => '198.51.100.7',
			'sendingAccountId' => self::ACCOUNT,
			'messageId'        => $message_id,
			'destination'      => $destination,
			'headersTruncated' => false,
			'headers'          => array(
				array( 'name' => 'From', 'value' => 'QuillCRM News <' . self::SOURCE . '>' ),
				array( 'name' => 'To', 'value' => implode( ', ', $destination ) ),
				array( 'name' => 'Subject', 'value' => 'Our November newsletter' ),
				array( 'name' => 'MIME-Version', 'value' => '1.0' ),
				array( 'name' => 'Content-Type', 'value' => 'text/html; charset=UTF-8' ),
			),
			'commonHeaders'    => array(
				'from'    => array( 'QuillCRM News <' . self::SOURCE . '>' ),
				'to'      => $destination,
				'subject' => 'Our November newsletter',
			),
		);
	}

	private static function ses_time( int $offset_seconds ): string {
		return SnsSigner::timestamp( microtime( true ) + $offset_seconds );
	}

	/** @param array<string,mixed> $payload */
	private static function json( array $payload ): string {
		return json_encode( $payload, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR );
	}
}
