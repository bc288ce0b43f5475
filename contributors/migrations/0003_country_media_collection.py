"""Each country's contributor group gets its own collection of images and documents (made by
contributors.services.country_group at the country's next approval or invitation)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('contributors', '0002_staff_review_permissions'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='countrycontributors',
            name='collection',
            field=models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='contributor_country', to='wagtailcore.collection', verbose_name='collection'),
        ),
    ]
